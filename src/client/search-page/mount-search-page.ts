/**
 * The /search/ page: as-you-type results from the search worker, shareable
 * /search/?q= links, filters, keyboard navigation and a helpful empty state.
 * The worker is in search-client.ts, rendering in render-results.ts, keys in keyboard-nav.ts.
 */
import type { SearchResponse } from '../../search/shared/run-search.ts';
import { SEARCH_FILTER_MAX_LENGTH, SEARCH_FIRST_RESULTS, SEARCH_MORE_RESULTS, SEARCH_QUERY_MAX_LENGTH } from '../../search/shared/search-limits.ts';
import { search as text } from '../../ui/search-strings.ts';
import { addKeyboardNav } from './keyboard-nav.ts';
import { appendResults, renderResults, type ResultsView } from './render-results.ts';
import { createSearchClient } from './search-client.ts';

const FILTERS = ['category', 'process', 'tag'] as const;

export function mountSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-page]');
  if (!form) return;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const view: ResultsView = {
    list: document.querySelector<HTMLOListElement>('[data-search-results]')!,
    status: document.querySelector<HTMLElement>('[data-search-status]')!,
    empty: document.querySelector<HTMLElement>('[data-search-empty]')!,
    suggest: document.querySelector<HTMLElement>('[data-search-suggest]')!,
    corrected: document.querySelector<HTMLElement>('[data-search-corrected]')!,
    more: document.querySelector<HTMLButtonElement>('[data-search-more]')!,
    emptyTitle: document.querySelector<HTMLElement>('[data-search-empty-title]'),
    template: document.querySelector<HTMLTemplateElement>('template[data-search-result]')!,
  };
  const filterField = (name: (typeof FILTERS)[number]) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
  /** The response on screen, so “显示更多结果” can keep its cards and add the rest. */
  let shown: SearchResponse | null = null;
  const client = createSearchClient((reply, request) => {
    if (!reply.ok) view.status.textContent = import.meta.env.DEV ? text.devNoIndex : text.failed;
    else if (request.limit > SEARCH_FIRST_RESULTS && shown?.query === reply.response.query) appendResults(view, shown, reply.response);
    else {
      renderResults(view, reply.response, reply.suggestions);
      shown = reply.response;
    }
  });
  view.more.addEventListener('click', () => {
    if (shown) client.search(shown.query, filters(), SEARCH_MORE_RESULTS);
  });

  const filters = () => {
    const out: Record<string, string> = {};
    for (const name of FILTERS) {
      const value = filterField(name)?.value.trim();
      if (value) out[name] = value;
    }
    return out;
  };

  const syncUrl = (query: string) => {
    const params = new URLSearchParams();
    if (query) params.set('q', query);
    for (const [k, v] of Object.entries(filters())) params.set(k, v);
    const search = params.toString();
    history.replaceState(null, '', `${location.pathname}${search ? `?${search}` : ''}`);
  };

  const run = () => {
    const query = input.value.trim();
    syncUrl(query);
    if (!query) {
      client.cancel();
      shown = null;
      renderResults(view, { query: '', tokens: [], hits: [], partial: false });
      return;
    }
    view.status.textContent = text.searching;
    client.search(query, filters(), SEARCH_FIRST_RESULTS);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    run();
  });
  input.addEventListener('input', run);
  form.addEventListener('change', (event) => {
    if (event.target !== input) run();
  });
  addKeyboardNav(input, view.list, () => {
    input.value = '';
    run();
  });

  // A shared link opens with its query and filters; values are capped, and a hostile or
  // stale value that is not among a select's options is simply ignored.
  const params = new URLSearchParams(location.search);
  input.value = (params.get('q') ?? '').slice(0, SEARCH_QUERY_MAX_LENGTH);
  for (const name of FILTERS) {
    const field = filterField(name);
    const value = params.get(name)?.slice(0, SEARCH_FILTER_MAX_LENGTH);
    if (field && value) {
      field.value = value;
      if (field.value !== value) field.value = '';
    }
  }
  if (input.value) run();
  else input.focus();
}
