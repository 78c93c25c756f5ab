import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useBrowser, openPage, url } from '../helpers/browser';

/**
 * What the host itself must get right, checked in the browser against whichever server
 * this project runs (the preview server, or nginx with the build's configuration).
 */
const browser = useBrowser();

describe('host', () => {
  it('answers a missing page with status 404 and the Chinese page, which works', async () => {
    const { page, problems } = await openPage(browser());
    const response = await page.goto(url('/articles/no-such-article/'));
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('找不到这个页面');
    expect(await page.getByRole('searchbox', { name: '搜索本站' }).count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('opens a Chinese tag typed without the final slash (the address that used to stop the server)', async () => {
    const tag = readdirSync('dist/tags').find((name) => /\p{Script=Han}/u.test(name))!;
    const { page } = await openPage(browser());
    const response = await page.goto(url(`/tags/${tag}`));
    expect(response?.status()).toBe(200);
    expect(decodeURIComponent(new URL(page.url()).pathname)).toBe(`/tags/${tag}/`);
    await expect(page.locator('h1').textContent()).resolves.toContain(tag);
    expect((await page.goto(url('/')))?.status()).toBe(200);
  });

  it('refuses to be framed by another site, so a letter form cannot be overlaid', async () => {
    const { page } = await openPage(browser());
    const target = url('/templates/');
    await page.goto(target);
    const heading = await page.locator('h1').textContent();
    expect(heading).toBeTruthy();
    // about:blank is an origin of its own, like any other site that would frame ours.
    await page.goto('about:blank');
    await page.setContent(`<iframe src="${target}" width="800" height="600"></iframe>`);
    const frame = await (await page.waitForSelector('iframe')).contentFrame();
    await frame?.waitForLoadState().catch(() => undefined);
    const framed = await frame?.evaluate(() => document.querySelector('h1')?.textContent ?? '').catch(() => '');
    expect(framed).not.toBe(heading);
    expect(frame?.url()).not.toBe(target);
  });
});
