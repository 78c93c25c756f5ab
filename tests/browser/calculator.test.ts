import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addDays, GRACE_STAGE_ID } from '@/calculator';
import { timelineSelectors } from '@/calculator/timeline-contract';
import { formatDateZh as dateZh } from '@/utils/format-date-zh';
import { useBrowser, openPage, url } from '../helpers/browser';
import { loadProcesses } from '../helpers/load-processes';

// A fixed instant: 12:00 on 29 Nov 2026 in Shanghai.
const NOW = new Date('2026-11-29T04:00:00Z');
const TODAY = '2026-11-29';
const processes = loadProcesses();

const browser = useBrowser();

async function open(path: string, options = {}): Promise<{ page: Page; problems: string[] }> {
  const { page, problems } = await openPage(browser(), options);
  await page.clock.setFixedTime(NOW);
  await page.goto(url(path));
  return { page, problems };
}
const result = (page: Page) => page.locator('[data-stage-result]');

describe('the embedded timeline', () => {
  it('typing 15 days shows the stage, the next milestone with its date, and what collectors may not do', async () => {
    const { page, problems } = await open('/articles/haier-consumer-finance-collection/');
    await page.getByLabel('逾期天数').fill('15');
    await page.getByRole('button', { name: '看看我在哪一步' }).click();
    await expect.poll(() => result(page).getAttribute('data-stage')).toBe('m1');
    const text = await result(page).textContent();
    expect(text).toContain('逾期第15天：电话催收阶段（业内叫M1）');
    expect(text).toContain(`${dateZh(addDays(TODAY, 16))}（还有16天）：进入“M2升级催收”`);
    expect(text).toContain('晚上22点到早上8点');
    expect(await result(page).getAttribute('aria-live')).toBe('polite');
    expect(await page.locator(timelineSelectors.stage('consumer-loan', 'm1')).getAttribute('aria-current')).toBe('step');
    expect(page.url()).toContain('?days=15');
    expect(problems).toEqual([]);
  });

  it('has visible labels for both ways in', async () => {
    const { page } = await open('/articles/what-happens-after-overdue/');
    expect(await page.getByLabel('逾期天数').isVisible()).toBe(true);
    expect(await page.getByLabel('应还款日').isVisible()).toBe(true);
  });
});

describe('the calculator page', () => {
  it('opens a ?due= link with the answer already shown', async () => {
    const { page } = await open('/tools/where-am-i/?due=2026-10-08');
    await expect.poll(() => result(page).getAttribute('data-stage')).toBe('m2');
    await expect(result(page).textContent()).resolves.toContain('逾期第52天');
  });

  it('switching to credit card changes the stages', async () => {
    const { page } = await open('/tools/where-am-i/?days=100');
    await expect.poll(() => result(page).getAttribute('data-stage')).toBe('npl');
    await expect(result(page).textContent()).resolves.toContain('逾期第100天：逾期超过90天的阶段（业内叫“不良”）');
    // The answer comes first; the form is folded into “修改条件”.
    await page.getByText('修改条件').click();
    await page.getByLabel('还款类型').selectOption('credit-card');
    await expect.poll(() => result(page).textContent()).toContain('逾期第100天：银行可能起诉的阶段（银行的风险分类叫“次级类”）');
    await page.getByText('完整时间线').click();
    expect(await page.locator('[data-process-timeline="credit-card"]').isVisible()).toBe(true);
    expect(await page.locator('[data-process-timeline="consumer-loan"]').isVisible()).toBe(false);
    expect(page.url()).toContain('process=credit-card');
    await page.getByText('修改条件').click();
    await page.getByLabel('逾期天数').fill('130');
    await page.getByRole('button', { name: '看看我在哪一步' }).click();
    await expect.poll(() => result(page).getAttribute('data-stage')).toBe('doubtful');
  });

  it('shows a Chinese error for hostile or malformed links, and runs nothing', async () => {
    const { page, problems } = await open('/tools/where-am-i/');
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs += 1;
      void d.dismiss();
    });
    for (const query of [
      '?days=<script>alert(1)</script>',
      '?days=<img src=x onerror=alert(1)>',
      '?days=99999999999999999999',
      '?due=2026-02-30',
      `?days=${'9'.repeat(5000)}`,
    ]) {
      await page.goto(url(`/tools/where-am-i/${query}`));
      const error = page.locator('[data-stage-error]');
      await expect.poll(() => error.count(), { message: query }).toBe(1);
      expect(await error.textContent()).toMatch(/请检查输入/);
      expect(await result(page).locator('script, img').count()).toBe(0);
    }
    expect(dialogs).toBe(0);
    expect(problems).toEqual([]);
  });

  it('an unknown process in the link falls back to the default and says so', async () => {
    const { page } = await open('/tools/where-am-i/?days=20&process=<b>bad</b>');
    await expect.poll(() => result(page).getAttribute('data-stage')).toBe('m1');
    await expect(result(page).textContent()).resolves.toContain('还款类型无法识别');
  });

  it('downloads the upcoming milestones as an .ics calendar file', async () => {
    const { page } = await open('/tools/where-am-i/?days=15');
    await expect.poll(() => result(page).getAttribute('data-stage')).toBe('m1');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载日历提醒（.ics）' }).click()]);
    expect(download.suggestedFilename()).toBe('逾期节点提醒.ics');
    const ics = readFileSync((await download.path())!, 'utf8');
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain(`DTSTART;VALUE=DATE:${addDays(TODAY, 16).replace(/-/g, '')}`);
    const loan = processes.find((p) => p.id === 'consumer-loan')!;
    const upcoming = loan.stages.filter((s) => s.from !== null && s.from > 15).length;
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(upcoming + 1); // + the three-year reminder
  });

  it('prints the result without the form or navigation', async () => {
    const { page } = await open('/tools/where-am-i/?days=15');
    await expect.poll(() => result(page).getAttribute('data-stage')).toBe('m1');
    await page.emulateMedia({ media: 'print' });
    expect(await result(page).isVisible()).toBe(true);
    expect(await page.locator('[data-stage-form]').isVisible()).toBe(false);
    expect(await page.locator('.site-header').isVisible()).toBe(false);
  });
});

describe('without JavaScript', () => {
  it('the static timeline is complete and readable', async () => {
    const { page } = await open('/articles/what-happens-after-overdue/', { javaScriptEnabled: false });
    const loan = processes.find((p) => p.id === 'consumer-loan')!;
    for (const stage of loan.stages) {
      const item = page.locator(timelineSelectors.stage('consumer-loan', stage.id));
      expect(await item.isVisible(), stage.id).toBe(true);
      await expect(item.textContent()).resolves.toContain(stage.plainName ?? stage.name);
      for (const rule of stage.mayNot) await expect(item.textContent()).resolves.toContain(rule.text);
    }
    expect(await page.locator(timelineSelectors.stage('consumer-loan', GRACE_STAGE_ID)).isVisible()).toBe(true);
    for (const rule of loan.baseRules) await expect(page.locator('[data-base-rules]').textContent()).resolves.toContain(rule.text);
    // Inputs that would do nothing without the script are not shown.
    expect(await page.locator('[data-stage-form]').isVisible()).toBe(false);
  });

  it('the calculator page shows every process’s timeline', async () => {
    const { page } = await open('/tools/where-am-i/', { javaScriptEnabled: false });
    for (const p of processes) expect(await page.locator(`[data-process-timeline="${p.id}"]`).isVisible(), p.id).toBe(true);
  });
});
