/**
 * The kinds of page search knows. Pages set data-search-kind to one of these, the
 * indexer stores it, content/search/kind-hints.yaml is keyed by them (checked by its
 * schema) and runSearch gives a bonus when the query asks for that kind.
 */
export const PAGE_KINDS = {
  article: '文章',
  template: '文书模板',
  tool: '工具',
  glossary: '术语表',
  /** A page with data-pagefind-body but no kind. */
  page: '页面',
} as const;

export type PageKind = (typeof PAGE_KINDS)[keyof typeof PAGE_KINDS];
export const PAGE_KIND_NAMES = Object.values(PAGE_KINDS) as PageKind[];
