/**
 * Renders the calculator's answer by filling the <template>s StageTimeline.astro
 * server-renders (markup and classes stay in Astro), copying the long lists from the
 * static timeline built from the same data. All text goes in through textContent.
 */
import { describeAmountChecks, describeDates, describeHeadline, describeLimitation, describeMilestone } from '@/calculator/describe-position';
import { timelineSelectors as sel, type ResultSlot, type TimelineList } from '@/calculator/timeline-contract';
import type { CalcError, CalcResult, ConditionalNote } from '@/calculator/types';
import { labelShareButton } from './share-link';

/** How many upcoming milestones the answer lists. */
const MILESTONES_SHOWN = 4;

export interface ResultView {
  root: HTMLElement;
  output: HTMLElement;
  processId: string;
  /** Every conditional note of the process, so the reader's amount can be answered either way. */
  allNotes: readonly ConditionalNote[];
}

const clone = (root: HTMLElement, selector: string) => root.querySelector<HTMLTemplateElement>(selector)!.content.cloneNode(true) as DocumentFragment;

const item = (text: string) => {
  const li = document.createElement('li');
  li.textContent = text;
  return li;
};

export function renderErrors({ root, output }: ResultView, errors: readonly CalcError[]): void {
  const view = clone(root, sel.errorTemplate);
  view.querySelector(sel.slot('messages'))!.append(...errors.map((e) => item(e.message)));
  output.dataset.stage = '';
  output.replaceChildren(view);
}

export function renderResult({ root, output, processId, allNotes }: ResultView, result: CalcResult, warnings: readonly CalcError[] = []): void {
  const view = clone(root, sel.resultTemplate);
  const slot = (name: ResultSlot) => view.querySelector<HTMLElement>(sel.slot(name))!;
  const stageItem = sel.stage(processId, result.stage.id);
  /** A copy of part of this process's static timeline, or null when it has none. */
  const copyOf = (selector: string) => {
    const found = root.querySelector(`${sel.process(processId)} ${selector}`);
    return found ? (found.cloneNode(true) as HTMLElement) : null;
  };
  /** Appends a copied list to its slot, or removes the slot when the stage has no such list. */
  const fillFrom = (name: ResultSlot, selector: string) => {
    const copy = copyOf(selector);
    if (copy) slot(name).append(copy);
    else slot(name).remove();
  };

  if (warnings.length) slot('warning').textContent = warnings.map((e) => e.message).join(' ');
  else slot('warning').remove();
  // The static timeline's stage title is already the plain name with the term in brackets.
  const title = root.querySelector(`${stageItem} .tl-title`)?.textContent?.trim();
  slot('stage').textContent = describeHeadline(result, { name: title || result.stage.name });
  slot('when').textContent = describeDates(result);
  slot('summary').textContent = root.querySelector(`${stageItem} > p`)?.textContent ?? '';

  const milestones = result.milestones.slice(0, MILESTONES_SHOWN);
  if (milestones.length)
    slot('upcoming')
      .querySelector('ol')!
      .append(...milestones.map((m) => item(describeMilestone(m))));
  else slot('upcoming').remove();
  // Phone-first order (set in the template): what to do now, what is off-limits at this
  // stage, notes, then the rules that hold at every stage (the longest list).
  const list = (key: TimelineList) => `${stageItem} ${sel.list(key)} ul`;
  fillFrom('youCan', list('youCan'));
  fillFrom('mayNot', list('mayNot'));
  const notes = [...describeAmountChecks(allNotes, result.amount), ...result.notes.map((n) => n.text)];
  if (notes.length)
    slot('notes')
      .querySelector('ul')!
      .append(...notes.map(item));
  else slot('notes').remove();
  fillFrom('baseRules', `${sel.baseRules} ul`);
  slot('limitation').textContent = describeLimitation(result.limitation);
  const related = copyOf(`${stageItem} ${sel.list('related')}`);
  slot('related').replaceWith(related ?? '');

  labelShareButton(view.querySelector<HTMLButtonElement>('button[data-action="share"]')!);
  const ics = view.querySelector<HTMLButtonElement>('button[data-action="ics"]')!;
  ics.disabled = result.milestones.length === 0 && result.limitation.reached;
  slot('jump').setAttribute('href', stageItem);

  output.dataset.stage = result.stage.id;
  output.replaceChildren(view);
}
