/**
 * Client side of <StageTimeline>: reads the embedded process data, wires the form,
 * keeps the URL shareable and highlights the reader's stage in the static timeline.
 * Rendering is in render-result.ts, text in @/calculator/describe-position, and the
 * DOM hooks in @/calculator/timeline-contract. Nothing from the URL or the inputs is
 * ever parsed as HTML.
 */
import { expandProcess, type CompactProcess } from '@/calculator/compact-process';
import { computePosition } from '@/calculator/compute-position';
import { readUrlState, writeUrlState, type UrlState } from '@/calculator/read-url-state';
import { todayInShanghai } from '@/calculator/shanghai-date';
import { timelineSelectors as sel, timelineValues } from '@/calculator/timeline-contract';
import type { CalcError, CalcResult } from '@/calculator/types';
import { downloadIcs } from './download-ics';
import { shareLink } from './share-link';
import { formState } from './form-state';
import { renderErrors, renderResult } from './render-result';

interface WidgetData {
  defaultProcess: string;
  /** Day ranges, names and notes only; the long texts are read from the static timeline. */
  processes: CompactProcess[];
}

export function mountStageWidgets(): void {
  document.querySelectorAll<HTMLElement>(sel.widget).forEach(mount);
}

function mount(root: HTMLElement): void {
  const raw = JSON.parse(root.querySelector(sel.data)!.textContent!) as WidgetData;
  const processes = raw.processes.map(expandProcess);
  const defaultProcess = raw.defaultProcess;
  const ids = processes.map((p) => p.id);
  const form = root.querySelector<HTMLFormElement>(sel.form)!;
  const output = root.querySelector<HTMLElement>(sel.result)!;
  const select = form.querySelector<HTMLSelectElement>('select[name="process"]');
  const formDetails = root.querySelector<HTMLDetailsElement>(sel.formDetails)!;
  const timelineDetails = root.querySelector<HTMLDetailsElement>(sel.timelineDetails)!;
  // With the widget running, the long timeline is folded below the answer (open without JS).
  timelineDetails.open = false;
  const fields = formState(form);
  let processId = defaultProcess;
  let lastResult: CalcResult | null = null;

  const showTimeline = () => {
    root.querySelectorAll<HTMLElement>(sel.anyProcess).forEach((t) => {
      t.hidden = timelineValues.process(t) !== processId;
    });
  };

  /** Marks the reader's stage (styled by .tl-stage[data-current] in global.css). */
  const markStage = (stageId: string | null) => {
    root.querySelectorAll<HTMLElement>(sel.anyStage).forEach((li) => {
      const timeline = li.closest<HTMLElement>(sel.anyProcess);
      const on = timelineValues.stage(li) === stageId && timeline !== null && timelineValues.process(timeline) === processId;
      li.toggleAttribute('data-current', on);
      if (on) li.setAttribute('aria-current', 'step');
      else li.removeAttribute('aria-current');
    });
  };

  /** The every-stage rules are shown once: in the answer when there is one, else in the timeline. */
  const showBaseRulesInTimeline = (show: boolean) => {
    root.querySelectorAll<HTMLElement>(sel.baseRules).forEach((el) => {
      el.hidden = !show;
    });
  };

  /** `focus`: after the reader submits, focus moves to the headline (or the first wrong field). */
  const run = (state: UrlState, extraErrors: CalcError[] = [], focus = false) => {
    const process = processes.find((p) => p.id === state.processId)!;
    const outcome = computePosition(process, { today: todayInShanghai(new Date()), ...state });
    const view = { root, output, processId: process.id, allNotes: process.notes };
    if (!outcome.ok) {
      lastResult = null;
      const errors = [...extraErrors, ...outcome.errors];
      renderErrors(view, errors);
      fields.markInvalid(errors);
      markStage(null);
      showBaseRulesInTimeline(true);
      formDetails.open = true;
      if (focus) fields.firstInvalid()?.focus();
    } else {
      lastResult = outcome.result;
      renderResult(view, outcome.result, extraErrors);
      fields.markInvalid([]);
      markStage(outcome.result.stage.id);
      showBaseRulesInTimeline(false);
      formDetails.open = false;
      if (focus) output.querySelector<HTMLElement>(sel.slot('stage'))?.focus();
    }
  };

  // Typing in one of the two “where am I” fields clears the other: only one is used.
  fields.input('days').addEventListener('input', () => {
    if (fields.input('days').value) fields.input('due').value = '';
  });
  fields.input('due').addEventListener('input', () => {
    if (fields.input('due').value) fields.input('days').value = '';
  });

  select?.addEventListener('change', () => {
    processId = ids.includes(select.value) ? select.value : defaultProcess;
    showTimeline();
    const state = fields.read(processId);
    if (state.dueDate || state.daysOverdue) form.requestSubmit();
    else markStage(null);
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const state = fields.read(processId);
    run(state, [], true);
    history.replaceState(null, '', `${location.pathname}${writeUrlState(state, defaultProcess)}${location.hash}`);
  });

  output.addEventListener('click', (event) => {
    const target = event.target as HTMLElement;
    // “在时间线中查看” opens the folded timeline before the browser jumps to the stage.
    if (target.closest(sel.slot('jump'))) timelineDetails.open = true;
    const button = target.closest<HTMLButtonElement>('button[data-action]');
    if (!button || !lastResult) return;
    if (button.dataset.action === 'share') void shareLink(button, output.querySelector<HTMLElement>(sel.slot('shareStatus'))!);
    if (button.dataset.action === 'print') printResult();
    if (button.dataset.action === 'ics') downloadIcs(lastResult, processes.find((p) => p.id === lastResult!.processId)!.name);
  });

  // Shared links (?days=15, ?due=2026-10-08, &process=credit-card) open with the answer.
  const { state, errors } = readUrlState(new URLSearchParams(location.search), ids, defaultProcess);
  processId = state.processId;
  if (select) select.value = processId;
  showTimeline();
  fields.fill(state);
  if (state.dueDate || state.daysOverdue || errors.length) run(state, errors);
  fields.showRejected(state);
}

/** Prints the answer only (one or two pages), not the page around it; see @media print. */
function printResult(): void {
  const html = document.documentElement;
  html.dataset.printResult = '';
  const done = () => {
    delete html.dataset.printResult;
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  window.print();
  // Browsers without afterprint return from print() when the dialog closes.
  setTimeout(done, 0);
}
