import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadDocumentKinds, loadHolidayYears } from '../helpers/load-tool-data';
import { openPage, url, useBrowser } from '../helpers/browser';

// A fixed instant: 12:00 on 1 December 2026 in Shanghai.
const NOW = new Date('2026-12-01T04:00:00Z');
const browser = useBrowser();
const kinds = loadDocumentKinds();
const years = loadHolidayYears();

async function open(path: string, options = {}) {
  const { page, problems, context } = await openPage(browser(), options);
  await page.clock.setFixedTime(NOW);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(url(path));
  return { page, problems, context, requests };
}
const result = (page: Page) => page.locator('[data-tool-result]');
/** Two cores are shared by many jobs: give the page's script time to load before giving up. */
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000 });
/** Content-Security-Policy violations recorded on the page (none expected). */
const cspViolations = (page: Page) => page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
/** The result region comes before the long explanation, so it is the first thing read after the form. */
const resultComesFirst = (page: Page, explanationSelector: string) =>
  page.evaluate((sel) => {
    const r = document.querySelector('[data-tool-result]')!;
    const e = document.querySelector(sel)!;
    return Boolean(r.compareDocumentPosition(e) & Node.DOCUMENT_POSITION_FOLLOWING);
  }, explanationSelector);

describe('法律文书期限', () => {
  it('gives the last day, what to do and the article, and a shareable address', async () => {
    const { page, problems } = await open('/tools/court-deadlines/');
    await page.getByLabel('你收到的文书').selectOption('payment-order');
    await page.getByLabel('收到支付令的日期').fill('2026-12-01');
    await page.getByRole('button', { name: '算出最后期限' }).click();
    await poll(() => result(page).locator('[data-last-day]').getAttribute('data-last-day')).toBe('2026-12-16');
    const text = (await result(page).textContent())!;
    expect(text).toContain('最晚在2026年12月16日（星期三）前清偿债务，或者向发出支付令的法院提出书面异议');
    expect(text).toContain('第227条');
    expect(text).toContain('还有15天');
    expect(await result(page).getByRole('link', { name: '支付令书面异议书' }).getAttribute('href')).toBe('/templates/payment-order-objection/');
    expect(page.url()).toContain('?kind=payment-order&date=2026-12-01');
    expect(await resultComesFirst(page, '#cd-kind-payment-order')).toBe(true);
    expect(problems).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
  });

  it('opens a shared link with the answer; a 调休 Saturday counts as a working day', async () => {
    const { page } = await open('/tools/court-deadlines/?kind=first-instance-ruling&date=2026-02-18');
    await poll(() => result(page).locator('[data-last-day]').getAttribute('data-last-day')).toBe('2026-02-28');
    expect(await page.getByLabel('裁定书送达的日期').inputValue()).toBe('2026-02-18');
  });

  it('moves past the National Day holiday and warns about a year it has no table for', async () => {
    const { page } = await open('/tools/court-deadlines/?kind=first-instance-judgment&date=2026-09-18');
    await poll(() => result(page).locator('[data-last-day]').getAttribute('data-last-day')).toBe('2026-10-08');
    await expect(result(page).textContent()).resolves.toContain('国庆节放假');
    await expect(result(page).textContent()).resolves.toContain('已经在54天前过了');
    // Six months for a retrial application from 1 November 2026 ends in 2027, a year without a table.
    await page.goto(url('/tools/court-deadlines/?kind=retrial&date=2026-11-01'));
    await poll(() => result(page).textContent()).toContain('还没有收录2027年的放假安排');
  });

  it('counts “today” in Shanghai on a device in another time zone', async () => {
    // 00:30 on 1 December in Shanghai is still 30 November in Los Angeles.
    const { page } = await openPage(browser(), { timezoneId: 'America/Los_Angeles' });
    await page.clock.setFixedTime(new Date('2026-11-30T16:30:00Z'));
    await page.goto(url('/tools/court-deadlines/?kind=payment-order&date=2026-12-01'));
    await poll(() => result(page).locator('[data-last-day]').getAttribute('data-last-day')).toBe('2026-12-16');
    await expect(result(page).textContent()).resolves.toContain('今天是2026年12月1日');
  });

  it('answers a bad date in Chinese and marks the field', async () => {
    const { page } = await open('/tools/court-deadlines/?kind=payment-order&date=2026-12-09');
    await poll(() => result(page).textContent()).toContain('不能晚于今天');
    expect(await page.getByLabel('收到支付令的日期').getAttribute('aria-invalid')).toBe('true');
    expect(page.url()).toContain('date=2026-12-09');
  });

  it('downloads a calendar file with a reminder before the last day', async () => {
    const { page } = await open('/tools/court-deadlines/?kind=payment-order&date=2026-12-01');
    await poll(() => result(page).locator('[data-last-day]').count()).toBe(1);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      result(page)
        .getByRole('button', { name: /下载日历/ })
        .click(),
    ]);
    const ics = readFileSync((await download.path())!, 'utf8');
    expect(ics).toContain('DTSTART;VALUE=DATE:20261216');
    expect(ics).toContain('BEGIN:VALARM');
  });

  it('without JavaScript: every document kind, the counting rules and every holiday table', async () => {
    const { page } = await open('/tools/court-deadlines/', { javaScriptEnabled: false });
    for (const k of kinds) {
      const row = page.locator(`#cd-kind-${k.id}`);
      await expect(row.textContent()).resolves.toContain(k.article);
    }
    const body = (await page.locator('[data-tool-widget="court-deadlines"]').textContent())!;
    expect(body).toContain('收到文书的当天不算');
    for (const y of years) expect(body).toContain(`${y.year}年`);
    expect(body).toContain('2026年10月8日');
    expect(await page.locator('[data-cd-form]').isVisible()).toBe(false);
  });
});

describe('征信记录', () => {
  it('shows the date five years after repayment', async () => {
    const { page, problems } = await open('/tools/credit-record/');
    await page.getByLabel('还清的日期').fill('2024-03-15');
    await page.getByRole('button', { name: '算一算' }).click();
    await poll(() => result(page).locator('[data-clears-on]').getAttribute('data-clears-on')).toBe('2029-03-15');
    await expect(result(page).textContent()).resolves.toContain('2029年3月15日');
    expect(await resultComesFirst(page, '#cr-title ~ h3')).toBe(true);
    expect(problems).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
  });

  it('says an unpaid debt has not started the clock', async () => {
    const { page } = await open('/tools/credit-record/');
    await page.getByLabel('还没还清').check();
    await page.getByRole('button', { name: '算一算' }).click();
    await poll(() => result(page).textContent()).toContain('5年还没有开始计算');
  });

  it('without JavaScript: the rule, 终止之日 and how to dispute', async () => {
    const { page } = await open('/tools/credit-record/', { javaScriptEnabled: false });
    const body = (await page.locator('[data-tool-widget="credit-record"]').textContent())!;
    for (const text of ['自不良行为或者事件终止之日起为5年', '终止之日', '没还清', '第25条', '20日内']) expect(body).toContain(text);
    expect(await page.locator('[data-cr-form]').isVisible()).toBe(false);
  });
});

describe('每月能还多少 (privacy)', () => {
  async function fillBudget(page: Page) {
    await page.getByLabel('家庭每月收入（到手）').fill('9000');
    await page.getByLabel('住房（房租、物业、水电燃气）').fill('2500');
    await page.getByLabel('吃饭和日用品').fill('1500');
    await page.getByLabel('交通和通讯').fill('300');
    await page.getByLabel('看病和药费').fill('200');
    const rows = page.locator('[data-bg-debt]');
    const fillRow = async (i: number, lender: string, type: string, balance: string, monthly: string) => {
      const row = rows.nth(i);
      await row.getByLabel('机构或出借人').fill(lender);
      await row.getByLabel('类型').selectOption(type);
      await row.getByLabel('剩余欠款（元）').fill(balance);
      await row.getByLabel('合同月供（元）').fill(monthly);
    };
    await fillRow(0, '甲银行信用卡', 'credit-card', '30000', '3000');
    await fillRow(1, '丙银行车贷', 'car', '60000', '2000');
    await page.getByRole('button', { name: '添加一笔欠款' }).click();
    await fillRow(2, '乙消费金融', 'consumer-loan', '20000', '2000');
    await rows.nth(2).getByLabel('已逾期天数（选填）').fill('45');
  }

  it('computes offers that add up to what is available, with no request, nothing in the address and nothing stored', async () => {
    const { page, problems, requests } = await open('/tools/budget/');
    const origin = new URL(url('/')).origin;
    const before = page.url();
    await fillBudget(page);
    await page.getByRole('button', { name: '算出每家能还多少' }).click();
    await poll(() => result(page).locator('[data-available]').getAttribute('data-available')).toBe('450000');
    const offers = await result(page)
      .locator('[data-offer]')
      .evaluateAll((rows) => rows.map((r) => Number((r as HTMLElement).dataset.offer)));
    expect(offers.reduce((a, b) => a + b, 0)).toBe(450000);
    await expect(result(page).locator('[data-offer]').first().textContent()).resolves.toContain('丙银行车贷');
    expect(await result(page).locator('[data-statement-for]').count()).toBe(3);
    await expect(result(page).textContent()).resolves.toContain('已逾期45天');
    await expect(result(page).locator('[data-statement-for="甲银行信用卡"]').textContent()).resolves.toContain('每月还款1,500.00元');
    expect(page.url()).toBe(before);
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    expect(requests.filter((r) => !r.startsWith(origin))).toEqual([]);
    // Same-origin requests are the page's own static files only: no request carries the figures.
    expect(requests.filter((r) => /9000|30000|%E7%94%B2/.test(r))).toEqual([]);
    expect(problems).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
  });

  it('stores on the device only after opting in, and “清除本机数据” removes it', async () => {
    const { page, context } = await open('/tools/budget/');
    await fillBudget(page);
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    await page.getByLabel('保存在这台设备上（下次打开自动填好）').check();
    await poll(() => page.evaluate(() => localStorage.getItem('yuqi-cuishou-budget') ?? '')).toContain('甲银行信用卡');
    const again = await context.newPage();
    await again.goto(url('/tools/budget/'));
    await poll(() => again.getByLabel('家庭每月收入（到手）').inputValue()).toBe('9000');
    await again.getByRole('button', { name: '清除本机数据' }).click();
    expect(await again.evaluate(() => localStorage.length)).toBe(0);
    expect(await again.getByLabel('家庭每月收入（到手）').inputValue()).toBe('');
  });

  it('exports and imports a file', async () => {
    const { page } = await open('/tools/budget/');
    await fillBudget(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出为文件' }).click()]);
    const path = (await download.path())!;
    expect(readFileSync(path, 'utf8')).toContain('丙银行车贷');
    await page.getByRole('button', { name: '清除本机数据' }).click();
    await page.locator('[data-bg-import]').setInputFiles(path);
    await poll(() => page.getByLabel('家庭每月收入（到手）').inputValue()).toBe('9000');
    expect(await page.locator('[data-bg-debt]').count()).toBe(3);
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
  });

  it('answers bad input in Chinese', async () => {
    const { page } = await open('/tools/budget/');
    await page.getByRole('button', { name: '算出每家能还多少' }).click();
    await poll(() => result(page).textContent()).toContain('请填写家庭每月收入');
    expect(await page.getByLabel('家庭每月收入（到手）').getAttribute('aria-invalid')).toBe('true');
  });

  it('without JavaScript: the method and each reason, with its source', async () => {
    const { page } = await open('/tools/budget/', { javaScriptEnabled: false });
    const body = (await page.locator('[data-tool-widget="budget"]').textContent())!;
    for (const text of ['按每家剩余欠款的比例', '房贷（有抵押）', '第410条', '第253条', '协商还款申请书']) expect(body).toContain(text);
    expect(await page.locator('[data-bg-form]').isVisible()).toBe(false);
  });
});

describe('实际年化利率', () => {
  it('recovers 12% from a textbook equal-instalment loan and shows the total cost', async () => {
    const { page, problems } = await open('/tools/apr/');
    await page.getByLabel('实际到手金额（元）').fill('10000');
    await page.getByLabel('期数（按月）').fill('12');
    await page.getByLabel('每期还款额（元）', { exact: true }).fill('888.49');
    await page.getByRole('button', { name: '算出实际年化' }).click();
    await poll(() => result(page).locator('[data-apr]').getAttribute('data-apr')).toMatch(/^12\.00/);
    await expect(result(page).textContent()).resolves.toContain('总成本（利息和各种费用）：661.88元');
    expect(page.url()).toContain('received=10000');
    expect(problems).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
  });

  it('compares with four times the LPR only when the lender is a private one', async () => {
    const { page } = await open('/tools/apr/?received=10000&count=12&payment=1000&lenderKind=licensed&lpr=3');
    await poll(() => result(page).textContent()).toContain('不和四倍LPR比较');
    await page.goto(url('/tools/apr/?received=10000&count=12&payment=1000&lenderKind=private&lpr=3'));
    await poll(() => result(page).textContent()).toContain('四倍LPR是12.00%');
  });

  it('without JavaScript: the method, the 月费率 example and whom the ceiling binds', async () => {
    const { page } = await open('/tools/apr/', { javaScriptEnabled: false });
    const body = (await page.locator('[data-tool-widget="apr"]').textContent())!;
    for (const text of ['内部收益率（IRR）', '月费率0.6%', '第25条', '第1条', '不适用']) expect(body).toContain(text);
    expect(await page.locator('[data-apr-form]').isVisible()).toBe(false);
  });
});
