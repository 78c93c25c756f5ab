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
