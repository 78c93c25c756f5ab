import { describe, expect, it } from 'vitest';
import { useBrowser, openPage, url } from '../helpers/browser';

const browser = useBrowser();

describe('letter templates', () => {
  it('fills the letter as the reader types, copies it, and clears it', async () => {
    const { context, page, problems } = await openPage(browser());
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: url('/') });
    await page.goto(url('/templates/negotiation-request/'));
    const letter = page.locator('[data-template-letter]');
    const fields = page.locator('[data-template-form] input, [data-template-form] textarea');
    expect(await fields.count()).toBeGreaterThanOrEqual(4);
    const nameField = page.locator('[data-template-form] [name="name"]');
    await nameField.fill('张三');
    expect(await letter.locator('[data-field="name"]').first().textContent()).toBe('张三');
    expect(await letter.locator('[data-field="name"][data-filled]').count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: '复制信件全文' }).click();
    await expect.poll(() => page.locator('[data-template-status]').textContent()).toContain('已复制');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('张三');
    await page.getByRole('button', { name: '清空' }).click();
    expect(await nameField.inputValue()).toBe('');
    expect(await letter.locator('[data-field="name"]').first().textContent()).not.toBe('张三');
    expect(problems).toEqual([]);
  });

  it('every template page has labelled fields and blanks for each of them', async () => {
    const { page } = await openPage(browser());
    await page.goto(url('/templates/'));
    const links = await page.$$eval('main a[href^="/templates/"]', (as) => as.map((a) => a.getAttribute('href')!));
    expect(links.length).toBeGreaterThanOrEqual(5);
    for (const link of links) {
      await page.goto(url(link));
      const names = await page.$$eval('[data-template-form] [name]', (els) => els.map((e) => e.getAttribute('name')!));
      for (const name of names) {
        expect(await page.locator(`label[for="f-${name}"]`).count(), `${link} ${name}`).toBe(1);
        expect(await page.locator(`[data-template-letter] [data-field="${name}"]`).count(), `${link} ${name}`).toBeGreaterThan(0);
      }
    }
  });

  it('prints as a blank form with JavaScript off', async () => {
    const { page } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(url('/templates/stop-third-party-contact/'));
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('[data-template-form]').isVisible()).toBe(false);
    const blanks = page.locator('[data-template-letter] .blank');
    expect(await blanks.count()).toBeGreaterThan(3);
    expect(await blanks.first().isVisible()).toBe(true);
    expect(await page.locator('.site-header').isVisible()).toBe(false);
  });
});
