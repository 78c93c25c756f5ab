/**
 * Owns the search worker: starts it on first use, numbers every request and hands
 * back only the reply to the latest one (an older query that finishes after a newer
 * one started is dropped), together with the request it answers.
 */
import type { SearchReply, SearchRequest } from './search.worker.ts';

export interface SearchClient {
  /** Sends a query; `onReply` gets its reply unless a newer query was sent meanwhile. */
  search(query: string, filters: Record<string, string>, limit: number): void;
  /** Forgets any query in flight (the box was cleared). */
  cancel(): void;
}

export function createSearchClient(onReply: (reply: SearchReply, request: SearchRequest) => void): SearchClient {
  let worker: Worker | null = null;
  let latest: SearchRequest | null = null;
  const start = () => {
    const w = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });
    w.addEventListener('message', (event: MessageEvent<SearchReply>) => {
      if (latest && event.data.id === latest.id) onReply(event.data, latest);
    });
    return w;
  };
  let id = 0;
  return {
    search(query, filters, limit) {
      worker ??= start();
      id += 1;
      latest = { id, query, filters, limit };
      worker.postMessage(latest);
    },
    cancel() {
      id += 1;
      latest = null;
    },
  };
}
