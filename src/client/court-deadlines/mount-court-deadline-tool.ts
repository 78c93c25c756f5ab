/**
 * Client side of <CourtDeadlineTool>: reads the embedded document kinds and holiday
 * tables, computes the last day and renders it first. The kind and date are not private,
 * so they go into the address (?kind=…&date=…) for sharing; the optional contact date does not.
 */
import { computeLimitationHint } from '@/calculator/compute-limitation-hint';
import { describeLimitation } from '@/calculator/describe-position';
import {
  buildDeadlineIcs,
  computeCourtDeadline,
  describeCounting,
  formatDayWithWeekday,
  type DeadlineResult,
  type DocumentKind,
  type HolidayCalendar,
} from '@/calculator/court-deadline';
import { daysBetween, parseDate, todayInShanghai } from '@/calculator/shanghai-date';
import { formatDateZh } from '@/utils/format-date-zh';
import { downloadFile } from '../shared/download-file';
import { el } from '../shared/el';
import { icsStamp } from '../shared/ics-stamp';
import { clearErrors, showErrors } from '../shared/show-errors';
import { sourcePath, templatePath } from '@/utils/paths';

interface WidgetData {
  defaultKind: string;
  kinds: DocumentKind[];
  calendar: HolidayCalendar;
  templateTitles: Record<string, string>;
}

export function mountCourtDeadlineTools(): void {
  document.querySelectorAll<HTMLElement>('[data-tool-widget="court-deadlines"]').forEach(mount);
}

function mount(root: HTMLElement): void {
  const data = JSON.parse(root.querySelector('[data-cd-data]')!.textContent!) as WidgetData;
  const form = root.querySelector<HTMLFormElement>('[data-cd-form]')!;
  const output = root.querySelector<HTMLElement>('[data-tool-result]')!;
  const kindSelect = form.querySelector<HTMLSelectElement>('[name="kind"]')!;
  const dateInput = form.querySelector<HTMLInputElement>('[name="date"]')!;
  const contactInput = form.querySelector<HTMLInputElement>('[name="contact"]')!;
  const dateLabel = form.querySelector<HTMLElement>('[data-cd-date-label]')!;
  const ownsUrl = document.querySelectorAll('[data-tool-widget="court-deadlines"]').length === 1;
  let last: DeadlineResult | null = null;

  const relabel = () => {
    dateLabel.textContent = data.kinds.find((k) => k.id === kindSelect.value)?.dateLabel ?? '日期';
  };
  kindSelect.addEventListener('change', relabel);

  const render = (r: DeadlineResult) => {
    last = r;
    clearErrors(form);
    output.replaceChildren();
    const card = el('div', undefined, 'rounded-md border-2 border-brand-600 p-4 dark:border-brand-300');
    card.dataset.lastDay = r.lastDay;
    const lead = el('p', undefined, 'text-lg');
    lead.append(`${r.kind.name}：最晚在`, el('strong', formatDayWithWeekday(r.lastDay)), `前${r.kind.action}。`);
    card.append(lead);
    const left = r.daysLeft > 0 ? `还有${r.daysLeft}天。` : r.daysLeft === 0 ? '就是今天。' : `这个期限已经在${-r.daysLeft}天前过了。`;
    card.append(
      el('p', `${left}计算按北京时间，今天是${formatDateZh(r.today)}。`, r.daysLeft < 0 ? 'mt-1 font-semibold text-red-800 dark:text-red-300' : 'mt-1'),
    );
    card.append(el('p', describeCounting(r), 'mt-2 text-[0.95rem]'));
    if (r.yearsWithoutData.length > 0) {
      card.append(
        el(
          'p',
          `注意：本站还没有收录${r.yearsWithoutData.join('、')}年的放假安排，这一年只按周末计算。请对照国务院办公厅当年的通知核对最后一天。`,
          'mt-2 rounded bg-amber-50 p-2 text-sm text-amber-950 dark:bg-slate-800 dark:text-amber-200',
        ),
      );
    }
    const basis = el('p', undefined, 'mt-2 text-sm');
    const link = el('a', '民事诉讼法');
    link.href = sourcePath('civil-procedure-law');
    basis.append('依据：', link, `${r.kind.article}（法律），期间计算见第85条。邮寄的，在最后一天结束前交邮就不算过期，保存好寄件凭证。`);
    card.append(basis);
    if (r.kind.template) {
      const p = el('p', '可以用：', 'mt-2');
      const a = el('a', data.templateTitles[r.kind.template] ?? '模板');
      a.href = templatePath(r.kind.template);
      p.append(a);
      card.append(p);
    }
    if (r.daysLeft < 0)
      card.append(
        el('p', '因不可抗拒的事由或其他正当理由耽误的，可以在障碍消除后10日内向法院申请顺延（民事诉讼法第86条），是否准许由法院决定。', 'mt-2 text-sm'),
      );

    const contact = contactInput.value.trim();
    if (contact) {
      const parsed = parseDate(contact);
      if (parsed.ok && daysBetween(parsed.iso, r.today) >= 0) {
        card.append(el('p', describeLimitation(computeLimitationHint(parsed.iso, 'last-contact', r.today)), 'mt-2 text-sm'));
      } else card.append(el('p', '最后一次联系的日期无效或晚于今天，没有计算诉讼时效提示。', 'mt-2 text-sm text-red-800 dark:text-red-300'));
    }

    const actions = el('div', undefined, 'no-print mt-4 flex flex-wrap gap-2');
    const ics = el('button', r.reminderDate ? `下载日历（${formatDateZh(r.reminderDate)}提前提醒）` : '下载日历文件', 'btn');
    ics.type = 'button';
    ics.dataset.action = 'ics';
    ics.disabled = r.daysLeft < 0;
    const print = el('button', '打印', 'btn');
    print.type = 'button';
    print.dataset.action = 'print';
    actions.append(ics, print);
    card.append(actions);
    output.append(card);
  };

  const run = (focus: boolean) => {
    const outcome = computeCourtDeadline(data.kinds, data.calendar, { today: todayInShanghai(), kindId: kindSelect.value, date: dateInput.value });
    if (outcome.ok) render(outcome.result);
    else {
      last = null;
      showErrors(output, form, outcome.errors);
    }
    if (focus) output.focus();
    return outcome.ok;
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const ok = run(true);
    if (ownsUrl) {
      const params = new URLSearchParams();
      params.set('kind', kindSelect.value);
      if (dateInput.value) params.set('date', dateInput.value);
      history.replaceState(null, '', ok ? `${location.pathname}?${params}${location.hash}` : location.pathname + location.hash);
    }
  });

  output.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-action]');
    if (!button || !last) return;
    if (button.dataset.action === 'print') window.print();
    if (button.dataset.action === 'ics') {
      const pageUrl = `${location.origin}${location.pathname}`;
      downloadFile(buildDeadlineIcs(last, { pageUrl, stamp: icsStamp() }), `最后期限-${last.lastDay}.ics`, 'text/calendar;charset=utf-8');
    }
  });

  // A shared link (?kind=payment-order&date=2026-12-01) opens with the answer.
  if (ownsUrl) {
    const params = new URLSearchParams(location.search);
    const kind = params.get('kind');
    const date = params.get('date');
    if (kind && data.kinds.some((k) => k.id === kind)) kindSelect.value = kind;
    relabel();
    if (date) {
      dateInput.value = date.slice(0, 10);
      if (dateInput.value !== date) {
        // A date input drops malformed text; validate what was shared instead.
        const outcome = computeCourtDeadline(data.kinds, data.calendar, { today: todayInShanghai(), kindId: kindSelect.value, date: date.slice(0, 40) });
        if (!outcome.ok) showErrors(output, form, outcome.errors);
        else render(outcome.result);
      } else run(false);
    }
  }
}
