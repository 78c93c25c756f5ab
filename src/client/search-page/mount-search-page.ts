/**
 * The /search/ page: as-you-type results from the search worker, shareable
 * /search/?q= links, filters, keyboard navigation (↓/↑ through results, Esc back to the
 * box) and a helpful empty state. Results are built with textContent only.
 */
import type { SearchResponse } from '../../search/shared/run-search.ts';
import type { SearchRequest } from './search.worker.ts';
import type { TermEntry } from '../../search/shared/suggest-terms.ts';

const FILTERS = ['category', 'process', 'tag'] as const;

export function mountSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-page]');
  if (!form) return;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
  const status = document.querySelector<HTMLElement>('[data-search-status]')!;
  const empty = document.querySelector<HTMLElement>('[data-search-empty]')!;
  const suggest = document.querySelector<HTMLElement>('[data-search-suggest]')!;
  let worker: Worker | null = null;
  let latest = 0;

  const filters = () => {
    const out: Record<string, string> = {};
    for (const name of FILTERS) {
      const field = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
      const value = field?.value.trim();
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

  const render = (response: SearchResponse, suggestions: TermEntry[] = []) => {
    list.replaceChildren();
    list.dataset.query = response.query;
    empty.hidden = true;
    if (!response.query.trim()) {
      status.textContent = '';
      return;
    }
    if (response.hits.length === 0) {
      status.textContent = `没有找到与“${response.query}”相关的内容。`;
      empty.hidden = false;
      suggest.replaceChildren();
      if (suggestions.length) {
        suggest.append('术语表里相近的说法：');
        suggestions.forEach((s, i) => {
          if (i > 0) suggest.append('、');
          const a = document.createElement('a');
          a.href = `/glossary/#${s.id}`;
          a.textContent = s.term;
          suggest.append(a);
        });
      }
      return;
    }
    status.textContent = response.partial
      ? `没有同时包含所有关键词的页面，下面 ${response.hits.length} 条包含其中部分关键词。`
      : `找到 ${response.hits.length} 条与“${response.query}”相关的结果。`;
    response.hits.forEach((hit, i) => {
      const li = document.createElement('li');
      li.className = 'card';
      li.dataset.resultIndex = String(i);
      const h2 = document.createElement('h2');
      h2.className = 'text-lg font-semibold';
      const a = document.createElement('a');
      a.href = hit.url;
      a.textContent = hit.title;
      a.dataset.result = '';
      h2.append(a);
      const kind = document.createElement('p');
      kind.className = 'muted text-xs';
      kind.textContent = hit.kind;
      const excerpt = document.createElement('p');
      excerpt.className = 'mt-1 text-[0.95rem]';
      for (const part of hit.excerpt) {
        if (part.mark) {
          const mark = document.createElement('mark');
          mark.textContent = part.text;
          excerpt.append(mark);
        } else excerpt.append(part.text);
      }
      li.append(h2, kind, excerpt);
      if (hit.section) {
        const section = document.createElement('a');
        section.href = hit.section.url;
        section.className = 'mt-1 inline-block text-sm';
        section.textContent = `跳到小节：${hit.section.title}`;
        li.append(section);
      }
      list.append(li);
    });
  };

  const run = () => {
    const query = input.value.trim();
    syncUrl(query);
    if (!query) {
      latest += 1;
      render({ query: '', tokens: [], hits: [], partial: false });
      return;
    }
    worker ??= createWorker();
    latest += 1;
    status.textContent = '正在搜索…';
    worker.postMessage({ id: latest, query, filters: filters() } satisfies SearchRequest);
  };

  function createWorker(): Worker {
    const w = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });
    w.addEventListener('message', (event: MessageEvent<{ id: number; ok: boolean; response?: SearchResponse; suggestions?: TermEntry[] }>) => {
      if (event.data.id !== latest) return; // an older query finished after a newer one started
      if (event.data.ok && event.data.response) render(event.data.response, event.data.suggestions);
      else status.textContent = '搜索暂时出错了，请刷新页面再试。';
    });
    return w;
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    run();
  });
  input.addEventListener('input', run);
  form.addEventListener('change', (event) => {
    if (event.target !== input) run();
  });

  // Keyboard: ↓ from the box enters the results, ↑/↓ move, Esc returns (or clears the box).
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a[data-result]')];
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && links().length) {
      event.preventDefault();
      links()[0]!.focus();
    } else if (event.key === 'Escape' && input.value) {
      event.preventDefault();
      input.value = '';
      run();
    }
  });
  list.addEventListener('keydown', (event) => {
    const all = links();
    const i = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (i === -1) return;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      all[Math.min(i + 1, all.length - 1)]!.focus();
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      if (i === 0) input.focus();
      else all[i - 1]!.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      input.focus();
    }
  });

  const params = new URLSearchParams(location.search);
  input.value = (params.get('q') ?? '').slice(0, 64);
  for (const name of FILTERS) {
    const field = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
    const value = params.get(name);
    if (field && value) {
      field.value = value.slice(0, 40);
      // A hostile or stale value that is not among a select's options is simply ignored.
      if (field.value !== value.slice(0, 40)) field.value = '';
    }
  }
  if (input.value) run();
  else input.focus();
}
