import { describe, expect, it } from 'vitest';
import { readArticles } from '@/content-files';
import { SEARCH_FIRST_RESULTS, SEARCH_QUERY_MAX_LENGTH } from '@/search/shared/search-limits';
import { articlePath } from '@/utils/paths';
import { openPage, url, useBrowser } from '../helpers/browser';
import { resultUrls, waitForQuery as waitForResults } from '../helpers/search';

const browser = useBrowser();

describe('search from any page', () => {
  it('“/” focuses the search box; 上门催收 finds the home-visit article first and clicking opens it', async () => {
    const { page, problems } = await openPage(browser(), { viewport: { width: 1280, height: 900 } });
    await page.goto(url('/articles/limitation-period/'));
    await page.keyboard.press('/');
    await page.keyboard.type('上门催收');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await waitForResults(page, '上门催收');
    const urls = await resultUrls(page);
    // The dedicated home-visit article leads; a page about one lender (Haier) follows the
    // general answer unless the query names the lender (next test).
    expect(urls[0]).toBe('/articles/home-visit-rules/');
    expect(urls.indexOf('/articles/haier-consumer-finance-collection/')).toBeGreaterThan(0);
    await page
      .getByRole('link', { name: /上门催收（外访）合法吗/ })
      .first()
      .click();
    await page.waitForURL(/\/articles\/home-visit-rules\/$/);
    expect(problems).toEqual([]);
  });

  it('Ctrl+K also opens search, and naming the lender puts the Haier explainer first', async () => {
    const { page } = await openPage(browser(), { viewport: { width: 1280, height: 900 } });
    await page.goto(url('/'));
    await page.keyboard.press('Control+k');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('q');
    await page.keyboard.type('海尔 上门催收');
    await page.keyboard.press('Enter');
    await waitForResults(page, '海尔 上门催收');
    expect((await resultUrls(page))[0]).toBe('/articles/haier-consumer-finance-collection/');
  });

  it('on a phone, “/” goes to the search page', async () => {
    const { page } = await openPage(browser(), { viewport: { width: 360, height: 740 }, isMobile: true });
    await page.goto(url('/glossary/'));
    await page.keyboard.press('/');
    await page.waitForURL(/\/search\/$/);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
  });
});

describe('the search page', () => {
  it('shows six results first; “显示更多结果” adds the rest below them and moves focus to the first new one', async () => {
    const { page, problems } = await openPage(browser());
    await page.goto(url(`/search/?q=${encodeURIComponent('催收')}`));
    await waitForResults(page, '催收');
    const first = await resultUrls(page);
    expect(first).toHaveLength(SEARCH_FIRST_RESULTS);
    const more = page.getByRole('button', { name: '显示更多结果' });
    await more.click();
    await expect.poll(async () => (await resultUrls(page)).length).toBeGreaterThan(SEARCH_FIRST_RESULTS);
    const all = await resultUrls(page);
    expect(all.slice(0, first.length)).toEqual(first);
    expect(new Set(all).size).toBe(all.length);
    expect(await more.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.closest('[data-result-index]')?.getAttribute('data-result-index'))).toBe(
      String(SEARCH_FIRST_RESULTS),
    );
    await expect(page.locator('[data-search-status]').textContent()).resolves.toContain(`找到${all.length}条`);
    // A new query starts again from the first results.
    await page.locator('#search-q').fill('上门催收');
    await waitForResults(page, '上门催收');
    expect(await resultUrls(page)).toHaveLength(SEARCH_FIRST_RESULTS);
    expect(problems).toEqual([]);
  });

  it('offers no “显示更多结果” when every page found is shown', async () => {
    const { page } = await openPage(browser());
    await page.goto(url(`/search/?q=${encodeURIComponent('"个性化分期协议"')}`));
    await waitForResults(page, '"个性化分期协议"');
    expect((await resultUrls(page)).length).toBeLessThan(SEARCH_FIRST_RESULTS);
    expect(await page.getByRole('button', { name: '显示更多结果' }).isVisible()).toBe(false);
  });

  it('runs a shared /search/?q= link on load and highlights the words', async () => {
    const { page } = await openPage(browser());
    await page.goto(url(`/search/?q=${encodeURIComponent('爆通讯录')}`));
    await waitForResults(page, '爆通讯录');
    expect((await resultUrls(page))[0]).toBe('/articles/contacts-and-family/');
    expect(await page.locator('[data-search-results] mark').first().textContent()).toBe('爆通讯录');
    await expect(page.locator('[data-search-status]').textContent()).resolves.toMatch(/找到\d+条/);
  });

  it('shows results as you type, with no Enter', async () => {
    const { page } = await openPage(browser());
    await page.goto(url('/search/'));
    await page.locator('#search-q').pressSequentially('支付令', { delay: 30 });
    await waitForResults(page, '支付令');
    // The explainer and the 支付令 objection letter both answer this; the explainer is in the first two.
    expect((await resultUrls(page)).slice(0, 2)).toContain('/articles/lawsuit-arbitration-payment-order/');
    await expect.poll(() => page.locator('[data-search-results] li').first().textContent()).toMatch(/支付令/);
  });

  it('is fully usable from the keyboard: ↓/↑ through results, Esc back to the box', async () => {
    const { page } = await openPage(browser());
    await page.goto(url(`/search/?q=${encodeURIComponent('征信')}`));
    await waitForResults(page, '征信');
    await page.locator('#search-q').focus();
    await page.keyboard.press('ArrowDown');
    const first = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(first).toBe((await resultUrls(page))[0]);
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe((await resultUrls(page))[1]);
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname === first);
  });

  it('finds traditional-character and synonym queries', async () => {
    const { page } = await openPage(browser());
    await page.goto(url('/search/'));
    for (const [query, expected] of [
      ['徵信', '/articles/credit-report-overdue/'],
      ['停息挂账', '/articles/credit-card-personalized-instalment/'],
      ['外访', '/articles/home-visit-rules/'],
    ] as const) {
      await page.locator('#search-q').fill(query);
      await waitForResults(page, query);
      expect((await resultUrls(page)).slice(0, 3), query).toContain(expected);
    }
  });

  it('filters by category and process type', async () => {
    const { page } = await openPage(browser());
    await page.goto(url(`/search/?q=${encodeURIComponent('催收')}&category=action`));
    await waitForResults(page, '催收');
    const action = await resultUrls(page);
    expect(action.length).toBeGreaterThan(0);
    const actionArticles = readArticles('content')
      .filter((a) => a.data.category === 'action')
      .map((a) => articlePath(a.id));
    for (const u of action) expect(actionArticles).toContain(u);
    await page.selectOption('select[name="category"]', '');
    await page.selectOption('select[name="process"]', 'credit-card');
    await page.waitForURL(/process=credit-card/);
    const cardArticles = readArticles('content')
      .filter((a) => a.data.processes?.includes('credit-card'))
      .map((a) => articlePath(a.id));
    // Every article found is about credit cards, and they are not the action-only list any more.
    await expect.poll(async () => (await resultUrls(page)).join(' ')).not.toBe(action.join(' '));
    const card = (await resultUrls(page)).filter((u) => u.startsWith('/articles/'));
    expect(card.length).toBeGreaterThan(0);
    for (const u of card) expect(cardArticles).toContain(u);
    expect(page.url()).not.toContain('category=');
  });

  it('offers the glossary and the calculator when nothing matches', async () => {
    const { page } = await openPage(browser());
    await page.goto(url(`/search/?q=${encodeURIComponent('量子力学')}`));
    await waitForResults(page, '量子力学');
    expect(await page.locator('[data-search-empty]').isVisible()).toBe(true);
    expect(await page.locator('[data-search-empty] a[href="/glossary/"]').count()).toBe(1);
    expect(await page.locator('[data-search-empty] a[href="/tools/where-am-i/"]').count()).toBe(1);
    // No page mentions 鲸鱼, but 令 points to 支付令 in the glossary.
    await page.locator('#search-q').fill('鲸鱼令');
    await waitForResults(page, '鲸鱼令');
    expect(await page.locator('[data-search-empty]').isVisible()).toBe(true);
    expect(await page.locator('[data-search-suggest] a', { hasText: '支付令' }).getAttribute('href')).toMatch(/^\/glossary\/#/);
  });

  it('corrects a homophone typo and says so, with a way back to what was typed', async () => {
    const { page } = await openPage(browser());
    await page.goto(url(`/search/?q=${encodeURIComponent('征心多久消除')}`));
    await waitForResults(page, '征心多久消除');
    const notice = page.locator('[data-search-corrected]');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toContain('你是不是要找：征信多久消除');
    expect(await notice.locator('a').getAttribute('href')).toBe(`/search/?q=${encodeURIComponent('"征心多久消除"')}`);
    expect(await resultUrls(page)).toContain('/articles/credit-report-overdue/');
    await page.locator('#search-q').fill('征信多久消除');
    await waitForResults(page, '征信多久消除');
    expect(await notice.isVisible()).toBe(false);
  });

  it('says the site has no article when only unrelated pages match, and still offers the nearest ones', async () => {
    const { page } = await openPage(browser());
    await page.goto(url(`/search/?q=${encodeURIComponent('彩票中奖要交税吗')}`));
    await waitForResults(page, '彩票中奖要交税吗');
    expect(await page.locator('[data-search-results]').getAttribute('data-state')).toBe('no-article');
    expect(await page.locator('[data-search-status]').textContent()).toContain('本站还没有专门讲');
    expect((await resultUrls(page)).length).toBeGreaterThan(0);
    expect(await page.locator('[data-search-empty] a[href="/glossary/"]').isVisible()).toBe(true);
    expect(await page.locator('[data-search-empty] a[href="/tools/where-am-i/"]').isVisible()).toBe(true);
    await page.locator('#search-q').fill('上门催收');
    await waitForResults(page, '上门催收');
    expect(await page.locator('[data-search-results]').getAttribute('data-state')).toBe('answer');
    expect(await page.locator('[data-search-empty]').isVisible()).toBe(false);
  });

  it('lands a glossary hit on the entry, with its definition as the excerpt', async () => {
    const { page } = await openPage(browser());
    await page.goto(url(`/search/?q=${encodeURIComponent('支付令是什么意思')}`));
    await waitForResults(page, '支付令是什么意思');
    const card = page.locator('[data-search-results] li', { has: page.locator('a[href="/glossary/#zhifuling"]') });
    expect(await card.count()).toBe(1);
    expect(await card.locator('[data-slot="excerpt"]').textContent()).toMatch(/支付令|督促/);
    expect(await card.locator('[data-slot="excerpt"]').textContent()).not.toContain('也叫');
  });

  it('finds a letter by the question a reader asks when they need it, and shows that question on its card', async () => {
    const { page } = await openPage(browser());
    const query = '让催收别打我爸妈电话的告知函';
    await page.goto(url(`/search/?q=${encodeURIComponent(query)}`));
    await waitForResults(page, query);
    expect((await resultUrls(page))[0]).toBe('/templates/stop-third-party-contact/');
    const card = page.locator('[data-search-results] li').first();
    // The template's own `questions:` (content/templates/stop-third-party-contact.md), not an article's.
    expect(await card.locator('[data-slot="question"]').textContent()).toMatch(/^读者常问：.*(家人|爸妈|亲友)/);
  });

  it('treats a hostile query as text', async () => {
    const { page, problems } = await openPage(browser());
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs += 1;
      void d.dismiss();
    });
    const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    await page.goto(url(`/search/?q=${encodeURIComponent(hostile)}&category=${encodeURIComponent('"><b>x')}`));
    // Wait for the worker's answer to the (capped) query, so the checks below run on rendered results.
    await waitForResults(page, hostile.slice(0, SEARCH_QUERY_MAX_LENGTH));
    expect(dialogs).toBe(0);
    expect(await page.locator('[data-search-results] img, [data-search-results] script, b').count()).toBe(0);
    expect(await page.locator('#search-q').inputValue()).toBe(hostile.slice(0, SEARCH_QUERY_MAX_LENGTH));
    expect(problems).toEqual([]);
  });

  it('loads search code only when the reader searches, and reports what one query transfers', async () => {
    const { context, page } = await openPage(browser());
    const seen: import('playwright-core').Request[] = [];
    let started = 0;
    context.on('request', () => {
      started += 1;
    });
    context.on('requestfinished', (r) => seen.push(r));
    context.on('requestfailed', (r) => seen.push(r));
    await page.goto(url('/articles/home-visit-rules/'), { waitUntil: 'networkidle' });
    await page.goto(url('/search/'), { waitUntil: 'networkidle' });
    expect(seen.map((r) => r.url()).filter((u) => /pagefind|search-data|worker/.test(u))).toEqual([]);
    const start = seen.length;
    await page.locator('#search-q').fill('上门催收');
    await waitForResults(page, '上门催收');
    // Every request the query started has finished (no fixed sleep).
    await expect.poll(() => seen.length).toBe(started);
    const searchRequests = seen.slice(start);
    const sized = await Promise.all(searchRequests.map(async (r) => ({ path: new URL(r.url()).pathname, bytes: (await r.sizes()).responseBodySize })));
    const total = sized.reduce((s, r) => s + r.bytes, 0);
    console.log(
      `第一次搜索“上门催收”传输 ${(total / 1024).toFixed(1)} KB（${sized.length} 个请求，本地服务器未压缩）：\n${sized.map((r) => `  ${(r.bytes / 1024).toFixed(1)} KB ${r.path}`).join('\n')}`,
    );
    expect(sized.some((r) => r.path === '/pagefind/pagefind.js')).toBe(true);
  });

  it('fits a 360 px wide phone screen', async () => {
    const { page } = await openPage(browser(), { viewport: { width: 360, height: 740 }, isMobile: true });
    await page.goto(url(`/search/?q=${encodeURIComponent('征信异议')}`));
    await waitForResults(page, '征信异议');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});
