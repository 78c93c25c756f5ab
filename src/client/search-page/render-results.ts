/**
 * Shows a search response: the status line, result cards filled from the
 * <template data-search-result> that search/index.astro renders (markup and classes
 * stay in Astro), or the empty state with glossary suggestions. textContent only.
 * When no page answers the query (response.noArticle) the status says so and the
 * cards are offered as the nearest pages, with the glossary and calculator links.
 * The list's data-state (answer | no-article | empty) and data-corrected are what the
 * tests and the readers' evaluation read.
 */
import type { SearchHit, SearchResponse } from '../../search/shared/run-search.ts';
import type { GlossaryEntry } from '../../schemas/glossary.ts';
import { search as text } from '../../ui/search-strings.ts';
import { glossaryPath, searchPath } from '../../utils/paths.ts';

export interface ResultsView {
  list: HTMLElement;
  status: HTMLElement;
  empty: HTMLElement;
  suggest: HTMLElement;
  /** The empty state's heading (no results, or no article with nearest pages). */
  emptyTitle?: HTMLElement | null;
  /** “你是不是要找：…” line, shown when the query was corrected. */
  corrected: HTMLElement;
  /** “显示更多结果”, shown when more pages matched than the first results show. */
  more: HTMLButtonElement;
  template: HTMLTemplateElement;
}

function showSuggestions(suggest: HTMLElement, suggestions: readonly GlossaryEntry[]): void {
  suggest.replaceChildren();
  if (!suggestions.length) return;
  suggest.append(text.suggestLead);
  suggestions.forEach((s, i) => {
    if (i > 0) suggest.append('、');
    const a = document.createElement('a');
    a.href = glossaryPath(s.id);
    a.textContent = s.term;
    suggest.append(a);
  });
}

function showCorrection(box: HTMLElement, response: SearchResponse): void {
  box.replaceChildren();
  box.hidden = !response.corrected;
  if (!response.corrected) return;
  const strong = document.createElement('strong');
  strong.textContent = response.corrected;
  const original = document.createElement('a');
  // A quoted phrase is searched as typed, without correction.
  original.href = `${searchPath}?q=${encodeURIComponent(`"${response.query}"`)}`;
  original.textContent = text.searchOriginal(response.query);
  box.append(text.didYouMean, strong, '？', text.searchedFor(response.corrected), ' ', original);
}

export function renderResults(view: ResultsView, response: SearchResponse, suggestions: readonly GlossaryEntry[] = []): void {
  const { list, status, empty, suggest } = view;
  list.replaceChildren();
  list.dataset.query = response.query;
  list.dataset.corrected = response.corrected ?? '';
  list.dataset.missing = (response.missing ?? []).join(' ');
  empty.hidden = true;
  view.more.hidden = true;
  showCorrection(view.corrected, response);
  if (!response.query.trim()) {
    status.textContent = '';
    list.dataset.state = 'empty';
    return;
  }
  if (response.hits.length === 0) {
    status.textContent = text.noResults(response.query);
    list.dataset.state = 'empty';
    empty.hidden = false;
    if (view.emptyTitle) view.emptyTitle.textContent = text.emptyTitle;
    showSuggestions(suggest, suggestions);
    return;
  }
  list.dataset.state = response.noArticle ? 'no-article' : 'answer';
  if (response.noArticle) {
    status.textContent = text.noArticle(response.corrected ?? response.query);
    empty.hidden = false;
    if (view.emptyTitle) view.emptyTitle.textContent = text.noArticleTitle;
    showSuggestions(suggest, suggestions);
  } else status.textContent = response.partial ? text.partial(response.hits.length) : text.found(response.hits.length, response.query);
  view.more.hidden = !response.more;
  response.hits.forEach((hit, i) => {
    list.append(renderCard(view.template, hit, i));
  });
}

/**
 * Adds the results of the longer search after “显示更多结果”: the cards already shown stay
 * where they are, the pages not yet shown follow, and focus moves to the first new one.
 */
export function appendResults(view: ResultsView, shown: SearchResponse, longer: SearchResponse): void {
  const have = new Set(shown.hits.map((h) => h.url));
  const added = longer.hits.filter((h) => !have.has(h.url));
  added.forEach((hit, i) => {
    view.list.append(renderCard(view.template, hit, shown.hits.length + i));
  });
  shown.hits.push(...added);
  view.more.hidden = true;
  if (!shown.noArticle) view.status.textContent = shown.partial ? text.partial(shown.hits.length) : text.found(shown.hits.length, shown.query);
  view.list.querySelector<HTMLAnchorElement>(`[data-result-index="${shown.hits.length - added.length}"] a[data-result]`)?.focus();
}

/** One result card from the page's <template data-search-result>. */
function renderCard(template: HTMLTemplateElement, hit: SearchHit, index: number): DocumentFragment {
  const card = template.content.cloneNode(true) as DocumentFragment;
  const slot = (name: string) => card.querySelector<HTMLElement>(`[data-slot="${name}"]`)!;
  card.querySelector('li')!.dataset.resultIndex = String(index);
  const link = card.querySelector<HTMLAnchorElement>('a[data-result]')!;
  link.href = hit.url;
  link.textContent = hit.title;
  slot('kind').textContent = hit.kind;
  for (const part of hit.excerpt) {
    if (part.mark) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      slot('excerpt').append(mark);
    } else slot('excerpt').append(part.text);
  }
  const question = card.querySelector<HTMLElement>('[data-slot="question"]');
  if (question && hit.question) question.textContent = text.question(hit.question);
  else question?.remove();
  const section = card.querySelector<HTMLAnchorElement>('a[data-slot="section"]')!;
  if (hit.section) {
    section.href = hit.section.url;
    section.textContent = text.section(hit.section.title);
  } else section.remove();
  return card;
}
