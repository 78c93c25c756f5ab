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
  noArticle: (query: string) => `本站还没有专门讲“${query}”的文章。下面是内容最接近的页面，不一定回答你的问题；也可以查术语表，或用计算器看看你所处的阶段。`,
  emptyTitle: '没有找到相关内容。可以试试：',
  noArticleTitle: '上面的页面不一定回答你的问题。也可以试试：',
  didYouMean: '你是不是要找：',
  searchedFor: (corrected: string) => `下面是“${corrected}”的结果。`,
  searchOriginal: (query: string) => `仍然搜索“${query}”`,
  question: (q: string) => `读者常问：${q}`,
  section: (title: string) => `跳到小节：${title}`,
} as const;
