/**
 * Pagefind ranking weights, written into search-data.json by the indexer and applied
 * by the search worker. Tuned against tests/search/eval-queries.json (see
 * docs/search.md for the figures); change them only with the evaluation in hand.
 */
export const SEARCH_RANKING = {
  termFrequency: 1.0,
  pageLength: 0.2,
  termSaturation: 1.4,
  termSimilarity: 5.0,
} as const;
