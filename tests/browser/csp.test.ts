import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser, openPage, url } from '../helpers/browser';

const browser = useBrowser();

const violations = (page: Page) => page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
const policyOf = (page: Page) => page.getAttribute('meta[http-equiv="content-security-policy"]', 'content');

describe('Content Security Policy', () => {
  it('is strict: no inline event handlers or unsafe-inline scripts anywhere', async () => {
    const { page } = await openPage(browser());
    await page.goto(url('/'));
    const policy = (await policyOf(page))!;
    const scriptSrc = /script-src([^;]*);/.exec(policy)![1]!;
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc).not.toContain("'unsafe-eval'");
    expect(scriptSrc).not.toContain("'wasm-unsafe-eval'"); // WebAssembly runs only in the search worker
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'self'");
    const handlers = await page.evaluate(() =>
      [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${el.tagName} ${a.name}`)),
    );
    expect(handlers).toEqual([]);
  });

  it('lets search, the theme toggle and the calculator work, with no violation', async () => {
    const { page, problems } = await openPage(browser(), { viewport: { width: 1280, height: 900 } });
    await page.goto(url('/search/?q=%E6%94%AF%E4%BB%98%E4%BB%A4'));
    await page.waitForSelector('[data-search-results] a[data-result]');
    await page.getByRole('button', { name: '切换到深色' }).click();
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    expect(await violations(page)).toEqual([]);
    await page.goto(url('/tools/where-am-i/'));
    await page.getByLabel('逾期天数').fill('40');
    await page.getByRole('button', { name: '看看我在哪一步' }).click();
    await expect.poll(() => page.getAttribute('[data-stage-result]', 'data-stage')).toBe('m2');
    expect(await violations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('blocks an injected inline script', async () => {
    const { page } = await openPage(browser());
    await page.goto(url('/articles/spot-fake-collectors/'));
    await page.addScriptTag({ content: 'window.__injected = true;' }).catch(() => undefined);
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__injected2 = true;';
      document.body.append(s);
    });
    expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
    expect(await page.evaluate(() => (window as unknown as { __injected2?: boolean }).__injected2)).toBeUndefined();
    await expect.poll(() => violations(page)).toEqual(expect.arrayContaining([expect.stringMatching(/^script-src/)]));
  });
});
