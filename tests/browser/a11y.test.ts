import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sitemapPaths } from '../helpers/dist';
import { useBrowser, openPage, url } from '../helpers/browser';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const browser = useBrowser();

async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const results = await page.evaluate(() =>
    (window as unknown as { axe: { run: (o: object) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    }),
  );
  return results.violations.map(
    (v) =>
      `${v.id}: ${v.help} — ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ')}`,
  );
}

describe('axe-core over every page in the sitemap', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`has zero violations in the ${scheme} theme`, async () => {
      const { page } = await openPage(browser(), { colorScheme: scheme });
      const failures: string[] = [];
      const paths = sitemapPaths();
      expect(paths.length).toBeGreaterThan(40);
      for (const path of paths) {
        await page.goto(url(path));
        // Pages with results or a calculator answer are checked in that state too.
        if (path === '/search/') {
          await page.goto(url('/search/?q=%E5%BE%81%E4%BF%A1'));
          await page.waitForSelector('[data-search-results] a[data-result]');
        }
        if (path === '/tools/where-am-i/') {
          await page.goto(url('/tools/where-am-i/?days=15'));
          await page.waitForSelector('[data-stage-result][data-stage="m1"]');
        }
        expect(await page.getAttribute('html', 'data-theme')).toBe(scheme);
        for (const v of await axeViolations(page)) failures.push(`${path} ${v}`);
      }
      expect(failures, failures.join('\n')).toEqual([]);
    }, 600_000);
  }
});

describe('the money-and-deadline tools with an answer shown', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`have zero violations in the ${scheme} theme`, async () => {
      const { page } = await openPage(browser(), { colorScheme: scheme });
      const failures: string[] = [];
      const states = [
        '/tools/court-deadlines/?kind=payment-order&date=2026-11-20',
        '/tools/court-deadlines/?kind=payment-order&date=2099-13-40',
        '/tools/credit-record/?status=repaid&date=2024-03-15',
        '/tools/apr/?received=10000&count=12&payment=888.49&advertisedKind=monthly&advertisedRate=0.6',
      ];
      for (const path of states) {
        await page.goto(url(path));
        await page.waitForSelector('[data-tool-result] > *');
        for (const v of await axeViolations(page)) failures.push(`${path} ${v}`);
      }
      await page.goto(url('/tools/budget/'));
      await page.getByLabel('家庭每月收入（到手）').fill('8000');
      const row = page.locator('[data-bg-debt]').first();
      await row.getByLabel('机构或出借人').fill('甲银行');
      await row.getByLabel('类型').selectOption('credit-card');
      await row.getByLabel('剩余欠款（元）').fill('20000');
      await page.getByRole('button', { name: '算出每家能还多少' }).click();
      await page.waitForSelector('[data-tool-result] > *');
      for (const v of await axeViolations(page)) failures.push(`/tools/budget/ ${v}`);
      expect(failures, failures.join('\n')).toEqual([]);
    }, 120_000);
  }
});

describe('keyboard only', () => {
  it('walks home → search → article → calculator without a mouse', async () => {
    const { page } = await openPage(browser(), { viewport: { width: 1280, height: 900 } });
    await page.goto(url('/'));
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳到正文');
    // Tab forward to the big search box on the home page.
    const tabTo = async (test: () => boolean, max = 40) => {
      for (let i = 0; i < max; i++) {
        if (await page.evaluate(test)) return;
        await page.keyboard.press('Tab');
      }
      throw new Error('目标元素无法通过 Tab 键到达');
    };
    await tabTo(() => document.activeElement?.id === 'search-hero');
    await page.keyboard.type('上门催收');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await page.waitForSelector('[data-search-results] a[data-result]');
    await page.locator('#search-q').focus();
    await page.keyboard.press('ArrowDown');
    const target = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname === target);
    await tabTo(() => document.activeElement?.getAttribute('href') === '/tools/where-am-i/', 200);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/tools\/where-am-i\/$/);
    await tabTo(() => document.activeElement?.getAttribute('name') === 'days');
    await page.keyboard.type('15');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-stage-result][data-stage="m1"]');
  });
});
