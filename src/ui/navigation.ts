/**
 * The site's navigation: one list for the header, one for the footer, built from the
 * route helpers and the shared labels. Server-side only (header and footer components).
 */
import { aboutPath, calculatorPath, categoryPath, glossaryPath, rssPath, sourcePath, tagPath, templatePath, toolPath, updatesPath } from '../utils/paths.ts';
import { calculator, pages, tools } from './strings.ts';

/** Header navigation: the three reader paths and the calculator. */
export const headerNav = [
  { href: categoryPath('process'), label: '了解流程' },
  { href: categoryPath('rights'), label: '知道权利' },
  { href: categoryPath('action'), label: '采取行动' },
  { href: calculatorPath, label: calculator.navLabel },
] as const;

/** Footer navigation: every site-wide page. */
export const footerNav = [
  { href: calculatorPath, label: calculator.name },
  { href: toolPath('court-deadlines'), label: tools.courtDeadlines.name },
  { href: toolPath('credit-record'), label: tools.creditRecord.name },
  { href: toolPath('budget'), label: tools.budget.name },
  { href: toolPath('apr'), label: tools.apr.name },
  { href: glossaryPath(), label: pages.glossary },
  { href: templatePath(), label: pages.templates },
  { href: sourcePath(), label: pages.sources },
  { href: updatesPath, label: pages.updates },
  { href: tagPath(), label: pages.tags },
  { href: aboutPath, label: pages.about },
  { href: rssPath, label: 'RSS订阅' },
] as const;
