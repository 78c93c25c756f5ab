/**
 * Client side of <StageTimeline>: reads the embedded process data, shows the form,
 * and renders the calculator's answer. All text goes in through textContent, so
 * nothing from the URL or the inputs is ever parsed as HTML.
 */
import { buildIcs } from '@/calculator/build-ics';
import { expandProcess, type CompactProcess } from '@/calculator/compact-process';
import { computePosition } from '@/calculator/compute-position';
import { describeLimitationHint } from '@/calculator/describe-limitation-hint';
import { formatDayRange } from '@/calculator/format-day-range';
import { readUrlState, writeUrlState, type UrlState } from '@/calculator/read-url-state';
import { todayInShanghai } from '@/calculator/shanghai-date';
import { formatDateZh } from '@/utils/format-date-zh';
import type { CalcError, CalcResult, ProcessData, SourcedText } from '@/calculator/types';

interface WidgetData {
  defaultProcess: string;
  /** Day ranges, names and notes only; the long texts are read from the static timeline. */
  processes: CompactProcess[];
}

const FIELDS = ['days', 'due', 'grace', 'amount', 'contact'] as const;
type FieldName = (typeof FIELDS)[number];
const STATE_KEY: Record<FieldName, keyof UrlState> = {
  days: 'daysOverdue',
  due: 'dueDate',
  grace: 'graceDays',
  amount: 'amount',
  contact: 'lastContactDate',
};

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}


export function mountStageWidgets(): void {
  document.querySelectorAll<HTMLElement>('[data-stage-widget]').forEach(mount);
}

function mount(root: HTMLElement): void {
  const raw = JSON.parse(root.querySelector('[data-stage-data]')!.textContent!) as WidgetData;
  const data = { defaultProcess: raw.defaultProcess, processes: raw.processes.map(expandProcess) };
  const form = root.querySelector<HTMLFormElement>('[data-stage-form]')!;
  const output = root.querySelector<HTMLElement>('[data-stage-result]')!;
  const select = form.querySelector<HTMLSelectElement>('select[name="process"]');
  const input = (name: FieldName) => form.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
  const headingTag = (root.querySelector('h2') ? 'h3' : 'h4') as 'h3' | 'h4';
  const ids = data.processes.map((p) => p.id);
  let processId = data.defaultProcess;
  let lastResult: CalcResult | null = null;

  const showTimeline = () => {
    root.querySelectorAll<HTMLElement>('[data-process-timeline]').forEach((t) => {
      t.hidden = t.dataset.processTimeline !== processId;
    });
  };

  const markStage = (stageId: string | null) => {
    root.querySelectorAll<HTMLElement>('[data-stage-id]').forEach((li) => {
      const on = li.dataset.stageId === stageId && li.closest<HTMLElement>('[data-process-timeline]')?.dataset.processTimeline === processId;
      li.toggleAttribute('data-current', on);
      li.classList.toggle('ring-2', on);
      li.classList.toggle('ring-brand-600', on);
      li.classList.toggle('bg-brand-50', on);
      li.classList.toggle('dark:bg-slate-800', on);
      if (on) li.setAttribute('aria-current', 'step');
      else li.removeAttribute('aria-current');
    });
  };

  const list = (items: SourcedText[]) => {
    const ul = el('ul', undefined, 'ml-5 list-disc');
    for (const item of items) ul.append(el('li', item.text));
    return ul;
  };

  /** A copy of part of the static timeline (built from the same data), e.g. a stage's 你可以 list. */
  const copyOf = (selector: string) => {
    const found = root.querySelector(`[data-process-timeline="${processId}"] ${selector}`);
    return found ? (found.cloneNode(true) as HTMLElement) : null;
  };

  const section = (title: string, body: HTMLElement) => {
    const wrap = el('div', undefined, 'mt-4');
    wrap.append(el(headingTag, title, 'font-semibold'), body);
    return wrap;
  };

  const renderErrors = (errors: CalcError[]) => {
    lastResult = null;
    output.replaceChildren();
    output.dataset.stage = '';
    markStage(null);
    const box = el('div', undefined, 'rounded-md border border-red-700 bg-red-50 p-3 text-red-900 dark:bg-slate-900 dark:text-red-200');
    box.dataset.stageError = '';
    box.append(el('p', '请检查输入：', 'font-semibold'));
    const ul = el('ul', undefined, 'ml-5 list-disc');
    errors.forEach((e) => ul.append(el('li', e.message)));
    box.append(ul);
    output.append(box);
    for (const name of FIELDS) {
      const field = input(name);
      const bad = errors.some((e) => e.field === name);
      field.toggleAttribute('aria-invalid', bad);
      if (bad) field.setAttribute('aria-invalid', 'true');
    }
  };

  const renderResult = (result: CalcResult, process: ProcessData) => {
    lastResult = result;
    FIELDS.forEach((name) => input(name).removeAttribute('aria-invalid'));
    output.replaceChildren();
    output.dataset.stage = result.stage.id;
    markStage(result.stage.id);

    const card = el('div', undefined, 'rounded-md border-2 border-brand-600 p-4 dark:border-brand-300');
    const lead = el('p', undefined, 'text-lg');
    lead.append('你现在处于：', el('strong', result.stage.content.name));
    card.append(lead);
    const when =
      result.daysOverdue > 0
        ? `逾期第${result.daysOverdue}天（应还款日 ${formatDateZh(result.dueDate)}）`
        : result.daysOverdue === 0
          ? `今天是应还款日（${formatDateZh(result.dueDate)}）`
          : `距离应还款日（${formatDateZh(result.dueDate)}）还有${-result.daysOverdue}天`;
    card.append(el('p', `${when}；本阶段：${formatDayRange(result.stage)}。计算按北京时间，今天是 ${formatDateZh(result.today)}。`, 'muted text-sm'));
    const summary = root.querySelector(`#stage-${process.id}-${result.stage.id} > p`);
    if (summary) card.append(el('p', summary.textContent ?? '', 'mt-2'));

    if (result.milestones.length > 0) {
      const ol = el('ol', undefined, 'ml-5 list-decimal');
      for (const m of result.milestones.slice(0, 4)) {
        ol.append(el('li', `${formatDateZh(m.date)}（还有${m.daysRemaining}天）：进入“${m.name}”（逾期第${m.day}天起）`));
      }
      card.append(section('接下来的时间点', ol));
    }
    const stageItem = `#stage-${process.id}-${result.stage.id}`;
    // Phone-first order: what to do now, then what is off-limits at this stage, then the
    // rules that hold at every stage (the longest list) last.
    const actionsList = copyOf(`${stageItem} [data-list="youCan"] ul`);
    if (actionsList) card.append(section('你现在可以', actionsList));
    const stageRules = copyOf(`${stageItem} [data-list="mayNot"] ul`);
    if (stageRules) card.append(section('这一阶段催收方不得', stageRules));
    if (result.notes.length) card.append(section('请注意', list(result.notes)));
    const baseRules = copyOf('[data-base-rules] ul');
    if (baseRules) card.append(section('任何阶段，催收方都不得', baseRules));

    const lim = result.limitation;
    const limText = describeLimitationHint(lim);
    const limP = el('p', limText, 'text-sm');
    limP.append(' ', el('span', '（民法典·法律）', 'muted text-xs'));
    card.append(section('诉讼时效提示', limP));

    const related = copyOf(`${stageItem} [data-list="related"]`);
    if (related) card.append(related);

    const actions = el('div', undefined, 'no-print mt-4 flex flex-wrap gap-2');
    const ics = el('button', '下载日历提醒（.ics）', 'btn');
    ics.type = 'button';
    ics.dataset.action = 'ics';
    ics.disabled = result.milestones.length === 0 && lim.reached;
    const print = el('button', '打印结果', 'btn');
    print.type = 'button';
    print.dataset.action = 'print';
    const jump = el('a', '在时间线中查看', 'btn');
    jump.href = `#stage-${process.id}-${result.stage.id}`;
    actions.append(ics, print, jump);
    card.append(actions);
    output.append(card);
  };

  const currentState = (): UrlState => {
    const state: UrlState = { processId };
    for (const name of FIELDS) {
      const value = input(name).value.trim();
      if (value) state[STATE_KEY[name]] = value;
    }
    return state;
  };

  const run = (state: UrlState, extraErrors: CalcError[] = []) => {
    const process = data.processes.find((p) => p.id === state.processId)!;
    const outcome = computePosition(process, {
      today: todayInShanghai(new Date()),
      dueDate: state.dueDate,
      daysOverdue: state.daysOverdue,
      graceDays: state.graceDays,
      amount: state.amount,
      lastContactDate: state.lastContactDate,
    });
    if (!outcome.ok) renderErrors([...extraErrors, ...outcome.errors]);
    else {
      renderResult(outcome.result, process);
      if (extraErrors.length) output.prepend(el('p', extraErrors.map((e) => e.message).join(' '), 'text-sm text-red-800 dark:text-red-300'));
    }
    return outcome.ok;
  };

  // Typing in one of the two “where am I” fields clears the other: only one is used.
  input('days').addEventListener('input', () => {
    if (input('days').value) input('due').value = '';
  });
  input('due').addEventListener('input', () => {
    if (input('due').value) input('days').value = '';
  });

  select?.addEventListener('change', () => {
    processId = ids.includes(select.value) ? select.value : data.defaultProcess;
    showTimeline();
    const state = currentState();
    if (state.dueDate || state.daysOverdue) form.requestSubmit();
    else markStage(null);
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const state = currentState();
    run(state);
    history.replaceState(null, '', `${location.pathname}${writeUrlState(state, data.defaultProcess)}${location.hash}`);
  });

  output.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-action]');
    if (!button || !lastResult) return;
    if (button.dataset.action === 'print') window.print();
    if (button.dataset.action === 'ics') {
      const process = data.processes.find((p) => p.id === lastResult!.processId)!;
      const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
      const ics = buildIcs(lastResult, { processName: process.name, pageUrl: location.href, stamp });
      const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
      const link = el('a');
      link.href = url;
      link.download = '逾期节点提醒.ics';
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    }
  });

  // Shared links (?days=15, ?due=2026-10-08, &process=credit-card) open with the answer.
  const { state, errors } = readUrlState(new URLSearchParams(location.search), ids, data.defaultProcess);
  processId = state.processId;
  if (select) select.value = processId;
  showTimeline();
  for (const name of FIELDS) {
    const value = state[STATE_KEY[name]];
    // A date input silently drops malformed text, so such values are only validated, not shown.
    if (value !== undefined) input(name).value = value;
  }
  if (state.dueDate || state.daysOverdue || errors.length) run(state, errors);
}
