/**
 * UI strings of the search page (src/client/search-page/ and search/index.astro). Kept
 * apart from strings.ts only so the search script's bundle holds nothing else.
 */
export const search = {
  searching: '正在搜索…',
  failed: '搜索暂时出错了，请刷新页面再试。',
  /** npm run dev has no Pagefind index: it is made by npm run build. */
  devNoIndex: '开发服务器（npm run dev）里没有搜索索引：索引在 npm run build 时生成。请用 npm start 预览搜索。',
  noResults: (query: string) => `没有找到与“${query}”相关的内容。`,
  found: (n: number, query: string) => `找到 ${n} 条与“${query}”相关的结果。`,
  partial: (n: number) => `没有同时包含所有关键词的页面，下面 ${n} 条包含其中部分关键词。`,
  suggestLead: '术语表里相近的说法：',
  section: (title: string) => `跳到小节：${title}`,
} as const;
