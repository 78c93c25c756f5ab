/**
 * Reader-facing UI strings (zh-CN), grouped by area. Astro components and browser
 * scripts import the groups they need; named exports let the widget bundles keep only
 * what they use. Content (articles, processes, sources) stays in content/; author-facing
 * build errors stay next to the check that raises them.
 * No imports beyond relative .ts files, so scripts under plain Node can use it too.
 */
import { aboutPath, calculatorPath, categoryPath, glossaryPath, rssPath, sourcePath, tagPath, templatePath } from '../utils/paths.ts';

/** Words used across the site. */
export const common = {
  home: '首页',
  reviewedLabel: '最近核对：',
  search: '搜索',
} as const;

/** The stage calculator's name and labels, shared by the widget, its page and every link to it. */
export const calculator = {
  name: '我的逾期到了哪一步',
  /** The name as a question, for headings and call-outs. */
  question: '我的逾期到了哪一步？',
  /** Short label for the header navigation. */
  navLabel: '我到了哪一步',
  open: '打开计算器',
  submit: '看看我在哪一步',
  searchTitle: '我的逾期到了哪一步（计算器）',
} as const;

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
  { href: glossaryPath(), label: '术语表' },
  { href: templatePath(), label: '文书模板' },
  { href: sourcePath(), label: '依据总表' },
  { href: tagPath(), label: '全部标签' },
  { href: aboutPath, label: '关于本站' },
  { href: rssPath, label: 'RSS 订阅' },
] as const;

/** Labels of the stage timeline, the same in the static list and in the widget's answer. */
export const timeline = {
  mayHappen: '可能发生',
  mayNot: '这一阶段催收方还不得',
  youCan: '你可以',
  baseRules: '任何阶段，催收方都不得',
  credit: '征信：',
  boundary: '天数依据：',
  related: '延伸阅读：',
  title: (processName: string) => `${processName}：逾期阶段时间线`,
  graceRange: (max: number) => `逾期第1天起，共几天以合同为准（可填 0–${max} 天）`,
  sourcesLead: '这条时间线的依据（阶段天数、可能发生的事和建议）：',
} as const;

/** The widget's answer (see src/client/stage-widget/). */
export const stageResult = {
  errorsTitle: '请检查输入：',
  youAreAt: '你现在处于：',
  upcoming: '接下来的时间点',
  notes: '请注意',
  limitation: '诉讼时效提示',
  downloadIcs: '下载日历提醒（.ics）',
  print: '打印结果',
  jump: '在时间线中查看',
  icsFileName: '逾期节点提醒.ics',
} as const;

/** The search page (see src/client/search-page/). */
export const search = {
  searching: '正在搜索…',
  failed: '搜索暂时出错了，请刷新页面再试。',
  noResults: (query: string) => `没有找到与“${query}”相关的内容。`,
  found: (n: number, query: string) => `找到 ${n} 条与“${query}”相关的结果。`,
  partial: (n: number) => `没有同时包含所有关键词的页面，下面 ${n} 条包含其中部分关键词。`,
  suggestLead: '术语表里相近的说法：',
  section: (title: string) => `跳到小节：${title}`,
} as const;
