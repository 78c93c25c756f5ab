/**
 * Owns the search worker: starts it on first use, numbers every request and hands
 * back only the reply to the latest one (an older query that finishes after a newer
 * one started is dropped).
 */
import type { SearchReply, SearchRequest } from './search.worker.ts';

export interface SearchClient {
  /** Sends a query; `onReply` gets its reply unless a newer query was sent meanwhile. */
  search(query: string, filters: Record<string, string>): void;
  /** Forgets any query in flight (the box was cleared). */
  cancel(): void;
}

export function createSearchClient(onReply: (reply: SearchReply) => void): SearchClient {
  let worker: Worker | null = null;
  let latest = 0;
  const start = () => {
    const w = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });
    w.addEventListener('message', (event: MessageEvent<SearchReply>) => {
      if (event.data.id === latest) onReply(event.data);
    });
    return w;
  };
  return {
    search(query, filters) {
      worker ??= start();
      latest += 1;
      worker.postMessage({ id: latest, query, filters } satisfies SearchRequest);
    },
    cancel() {
      latest += 1;
    },
  };
}
