/**
 * Shows a search response: the status line, result cards filled from the
 * <template data-search-result> that search/index.astro renders (markup and classes
 * stay in Astro), or the empty state with glossary suggestions. textContent only.
 */
import type { SearchResponse } from '../../search/shared/run-search.ts';
import type { GlossaryEntry } from '../../schemas/glossary.ts';
import { search as text } from '../../ui/search-strings.ts';
import { glossaryPath } from '../../utils/paths.ts';

export interface ResultsView {
  list: HTMLElement;
  status: HTMLElement;
  empty: HTMLElement;
  suggest: HTMLElement;
  template: HTMLTemplateElement;
}

export function renderResults(view: ResultsView, response: SearchResponse, suggestions: readonly GlossaryEntry[] = []): void {
  const { list, status, empty, suggest } = view;
  list.replaceChildren();
  list.dataset.query = response.query;
  empty.hidden = true;
  if (!response.query.trim()) {
    status.textContent = '';
    return;
  }
  if (response.hits.length === 0) {
    status.textContent = text.noResults(response.query);
    empty.hidden = false;
    suggest.replaceChildren();
    if (suggestions.length) {
      suggest.append(text.suggestLead);
      suggestions.forEach((s, i) => {
        if (i > 0) suggest.append('、');
        const a = document.createElement('a');
        a.href = glossaryPath(s.id);
        a.textContent = s.term;
        suggest.append(a);
      });
    }
    return;
  }
  status.textContent = response.partial ? text.partial(response.hits.length) : text.found(response.hits.length, response.query);
  response.hits.forEach((hit, i) => {
    const card = view.template.content.cloneNode(true) as DocumentFragment;
    const slot = (name: string) => card.querySelector<HTMLElement>(`[data-slot="${name}"]`)!;
    card.querySelector('li')!.dataset.resultIndex = String(i);
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
    const section = card.querySelector<HTMLAnchorElement>('a[data-slot="section"]')!;
    if (hit.section) {
      section.href = hit.section.url;
      section.textContent = text.section(hit.section.title);
    } else section.remove();
    list.append(card);
  });
}
