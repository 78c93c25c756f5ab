/**
 * Client side of <CreditRecordTool>: computes the date five years on and shows it first.
 * The status and date may be shared in the address (?status=repaid&date=…).
 */
import { computeCreditRecord, type CreditRecordResult } from '@/calculator/credit-record';
import { todayInShanghai } from '@/calculator/shanghai-date';
import { formatDateZh } from '@/utils/format-date-zh';
import { appendPrintActions } from '../shared/append-print-actions';
import { el } from '../shared/el';
import { clearErrors, showErrors } from '../shared/show-errors';

export function mountCreditRecordTools(): void {
  document.querySelectorAll<HTMLElement>('[data-tool-widget="credit-record"]').forEach(mount);
}

function mount(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('[data-cr-form]')!;
  const output = root.querySelector<HTMLElement>('[data-tool-result]')!;
  const dateInput = form.querySelector<HTMLInputElement>('[name="date"]')!;
  const ownsUrl = document.querySelectorAll('[data-tool-widget="credit-record"]').length === 1;
  const status = () => form.querySelector<HTMLInputElement>('[name="status"]:checked')?.value ?? null;

  const render = (r: CreditRecordResult) => {
    clearErrors(form);
    output.replaceChildren();
    const card = el('div', undefined, 'rounded-md border-2 border-brand-600 p-4 dark:border-brand-300');
    if (r.status === 'unpaid') {
      card.dataset.clearsOn = '';
      card.append(
        el('p', '还没还清的欠款，5年还没有开始计算。', 'text-lg font-semibold'),
        el('p', '不良记录从你还清逾期欠款的那天起保存5年。时间拖得再久，没还清的逾期记录也不会因此消失；早一天还清，5年就早一天开始。', 'mt-2'),
      );
    } else {
      card.dataset.clearsOn = r.clearsOn;
      const lead = el('p', undefined, 'text-lg');
      lead.append(
        r.cleared ? '保存期已满：' : '这条逾期记录保存到',
        el('strong', formatDateZh(r.clearsOn)),
        r.cleared ? '，按规定应当删除。' : '，之后应当删除。',
      );
      card.append(lead);
      card.append(
        el(
          'p',
          r.cleared
            ? `如果信用报告上还显示这条记录，可以向征信机构或放贷机构提出异议（征信业管理条例第25条）。`
            : `还有${r.daysLeft}天。从还清之日（${formatDateZh(r.endDate)}）起算5年（征信业管理条例第16条）。具体哪一天从报告上消失，以征信机构的处理为准。`,
          'mt-2',
        ),
      );
      card.append(el('p', `计算按北京时间，今天是${formatDateZh(r.today)}。`, 'muted mt-1 text-sm'));
    }
    appendPrintActions(card);
    output.append(card);
  };

  const run = (date: string, focus: boolean) => {
    const outcome = computeCreditRecord({ today: todayInShanghai(), status: status(), endDate: date });
    if (outcome.ok) render(outcome.result);
    else showErrors(output, form, outcome.errors);
    if (focus) output.focus();
    return outcome.ok;
  };

  form.addEventListener('change', () => {
    dateInput.disabled = status() === 'unpaid';
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const ok = run(dateInput.value, true);
    if (ownsUrl) {
      const params = new URLSearchParams({ status: status() ?? '' });
      if (status() === 'repaid' && dateInput.value) params.set('date', dateInput.value);
      history.replaceState(null, '', ok ? `${location.pathname}?${params}${location.hash}` : location.pathname + location.hash);
    }
  });

  if (ownsUrl) {
    const params = new URLSearchParams(location.search);
    const s = params.get('status');
    const date = params.get('date');
    if (s === 'repaid' || s === 'unpaid') form.querySelector<HTMLInputElement>(`[name="status"][value="${s}"]`)!.checked = true;
    dateInput.disabled = status() === 'unpaid';
    if (s === 'unpaid' || date) {
      dateInput.value = (date ?? '').slice(0, 10);
      run((date ?? '').slice(0, 40), false);
    }
  }
}
