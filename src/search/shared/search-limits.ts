/**
 * Input bounds shared by the search forms (maxlength), the search page script and the
 * query parser, so a query is cut at the same length everywhere.
 */
export const SEARCH_LIMITS = {
  /** Longest query searched; longer input is cut off, not rejected. */
  queryMaxLength: 64,
  /** Longest filter value read from a shared link (?category=, ?process=, ?tag=). */
  filterMaxLength: 40,
  /** Longest tag typed into the tag filter box. */
  tagMaxLength: 20,
} as const;
