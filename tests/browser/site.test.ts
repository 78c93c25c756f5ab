import { describe, expect, it } from 'vitest';
import { useBrowser, openPage, url } from '../helpers/browser';
import { common } from '@/ui/strings';

const browser = useBrowser();

describe('home page', () => {
  it('says what the site is for, offers search and the calculator, and lists articles by category', async () => {
    const { page, problems } = await openPage(browser());
    await page.goto(url('/'));
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await expect(page.locator('h1').textContent()).resolves.toContain('逾期');
    expect(await page.getByRole('searchbox', { name: '搜索本站' }).count()).toBeGreaterThan(0);
    expect(await page.getByRole('link', { name: '打开计算器' }).getAttribute('href')).toBe('/tools/where-am-i/');
    for (const name of ['了解流程', '知道权利', '采取行动']) expect(await page.getByRole('heading', { level: 2, name }).count()).toBe(1);
    const haier = page.getByRole('link', { name: /海尔消费金融逾期催收流程/ });
    expect(await haier.count()).toBe(1);
    const section = page.locator('section', { has: page.getByRole('heading', { name: '了解流程' }) });
    expect(await section.getByRole('link', { name: /海尔消费金融/ }).count()).toBe(1);
    expect(problems).toEqual([]);
  });
});

describe('article page', () => {
  it('renders the Haier explainer with its table, headings, dates, sources and note', async () => {
    const { page, problems } = await openPage(browser());
    await page.goto(url('/articles/haier-consumer-finance-collection/'));
    await expect(page.locator('h1').textContent()).resolves.toBe('海尔消费金融逾期催收流程：上门催收的时间、频率与应对');
    const table = page.locator('.prose table').first();
    expect(await table.locator('th').allTextContents()).toEqual(['原文说法', '本站整理的阶段（天数）', '可能发生什么']);
    expect(await table.locator('tbody tr').count()).toBeGreaterThanOrEqual(7);
    // The model's ranges come from the process data, so the gap the source skipped is filled.
    await expect(table.textContent()).resolves.toContain('逾期31–60天');
    expect(await page.locator('.prose h2').count()).toBeGreaterThanOrEqual(8);
    await expect(page.getByRole('navigation', { name: '面包屑' }).textContent()).resolves.toMatch(/首页.*了解流程/);
    await expect(page.locator('time').first().textContent()).resolves.toMatch(/2026年\d+月\d+日/);
    await expect(page.getByText(/阅读约\d+分钟/).count()).resolves.toBe(1);
    expect(await page.getByRole('navigation', { name: '本文目录' }).count()).toBe(1);
    expect(await page.locator('li[id^="source-"]').count()).toBeGreaterThanOrEqual(5);
    await expect(page.locator('#sources-title + p + ol').textContent()).resolves.toMatch(/推荐性国家标准|行业自律规范/);
    expect(await page.getByText('本页是一般性信息，不是法律意见').count()).toBe(1);
    expect(await page.getByRole('list', { name: '标签' }).getByRole('link').count()).toBeGreaterThan(0);
    expect(await page.getByRole('navigation', { name: '相关文章' }).getByRole('link').count()).toBeGreaterThan(0);
    // Footnote links jump to the numbered source.
    const cite = page.locator('sup.cite a').first();
    expect(await page.locator(String(await cite.getAttribute('href'))).count()).toBe(1);
    expect(problems).toEqual([]);
  });

  it('loads no script file on a plain article page', async () => {
    const { page } = await openPage(browser());
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script' || r.url().endsWith('.js')) scripts.push(r.url());
    });
    await page.goto(url('/articles/home-visit-rules/'), { waitUntil: 'networkidle' });
    expect(scripts).toEqual([]);
    // …yet the inline shortcut script still works.
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('q');
  });
});

describe('theme', () => {
  it('follows the system, toggles, and remembers the choice without a flash', async () => {
    const { page } = await openPage(browser(), { colorScheme: 'dark' });
    await page.goto(url('/articles/limitation-period/'));
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    // The button says, in words a reader sees and hears, what a tap will do.
    const seen = () => page.locator('#theme-toggle span:visible').allTextContents();
    const heard = (name: string) => page.getByRole('button', { name, exact: true }).count();
    expect(await seen()).toEqual([common.themeToLight]);
    expect(await heard(common.themeToLight)).toBe(1);
    await page.getByRole('button', { name: common.themeToLight, exact: true }).click();
    expect(await page.getAttribute('html', 'data-theme')).toBe('light');
    expect(await seen()).toEqual([common.themeToDark]);
    expect(await heard(common.themeToDark)).toBe(1);
    // On the next page the stored choice is applied by the inline head script, before paint.
    await page.goto(url('/'), { waitUntil: 'commit' });
    const early = await page.evaluate(
      () =>
        new Promise<string | undefined>((resolve) => {
          if (document.body) resolve(document.documentElement.dataset.theme);
          else document.addEventListener('readystatechange', () => resolve(document.documentElement.dataset.theme), { once: true });
        }),
    );
    expect(early).toBe('light');
    await page.reload();
    expect(await page.getAttribute('html', 'data-theme')).toBe('light');
  });
});

describe('404', () => {
  it('answers in Chinese with status 404 and offers search', async () => {
    const { page } = await openPage(browser());
    const response = await page.goto(url('/no-such-page/'));
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('找不到这个页面');
    const box = page.getByRole('searchbox', { name: '搜索本站' }).last();
    await box.fill('征信');
    await box.press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await page.waitForSelector('[data-search-results] a[data-result]');
    expect(await page.locator('[data-search-results] a[data-result]').count()).toBeGreaterThan(0);
  });
});

describe('print', () => {
  it('prints an article without navigation, with link targets shown', async () => {
    const { page } = await openPage(browser());
    await page.goto(url('/articles/contacts-and-family/'));
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.site-footer').isVisible()).toBe(false);
    expect(await page.locator('.prose').isVisible()).toBe(true);
    const after = await page.evaluate(() => {
      const a = document.querySelector('.prose a[href^="/articles/"], .prose a[href^="/templates/"]');
      return a ? getComputedStyle(a, '::after').content : '';
    });
    expect(after).toContain('/');
  });

  it('prints black on white even when the reader uses the dark theme', async () => {
    const { page } = await openPage(browser(), { colorScheme: 'dark' });
    await page.goto(url('/articles/contacts-and-family/'));
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const colour = await page.evaluate(() => getComputedStyle(document.querySelector('.prose p')!).color);
    expect(colour).toBe('rgb(0, 0, 0)');
  });
});
