/**
 * Input bounds shared by the search forms (maxlength), the search page script and the
 * query parser, so a query is cut at the same length everywhere. Plain constants, so
 * the bundler inlines them.
 */

/** Longest query searched; longer input is cut off, not rejected. */
export const SEARCH_QUERY_MAX_LENGTH = 64;
/** Longest filter value read from a shared link (?category=, ?process=, ?tag=). */
export const SEARCH_FILTER_MAX_LENGTH = 40;
/** Longest tag typed into the tag filter box. */
export const SEARCH_TAG_MAX_LENGTH = 20;
/**
 * Results shown first. Six, because a browser fetches six files from a host at once: each
 * result's fragment is one file, and a seventh would wait for a second round trip before
 * the reader sees anything. More come on request (the “显示更多结果” button).
 */
export const SEARCH_FIRST_RESULTS = 6;
/** Results after “显示更多结果”: the first ones stay where they are, the rest follow. */
export const SEARCH_MORE_RESULTS = 12;
