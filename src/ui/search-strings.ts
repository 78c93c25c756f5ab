/**
 * UI strings of the search page (src/client/search-page/ and search/index.astro). Kept
 * apart from strings.ts only so the search script's bundle holds nothing else.
 */
export const search = {
  searching: '正在搜索…',
  failed: '搜索暂时出错了，请刷新页面再试。',
  /** npm run dev has no Pagefind index: it is made by npm run build. */
  devNoIndex: '开发服务器（npm run dev）里没有搜索索引：索引在npm run build时生成。请用npm start预览搜索。',
  noResults: (query: string) => `没有找到与“${query}”相关的内容。`,
  found: (n: number, query: string) => `找到${n}条与“${query}”相关的结果。`,
  partial: (n: number) => `没有同时包含所有关键词的页面，下面${n}条包含其中部分关键词。`,
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

/** The search page's static markup (search/index.astro); the script's messages are `search` above. */
export const searchPage = {
  description: '搜索逾期与催收的文章、术语和文书模板，例如：上门催收、爆通讯录、征信多久消除、停息挂账。',
  formLabel: '搜索与筛选',
  label: '搜索本站（加引号可搜完整短语，如“上门催收”）',
  placeholder: '上门催收、爆通讯录、征信……',
  filters: '筛选',
  category: '分类',
  process: '还款类型',
  tag: '标签',
  all: '全部',
  tagPlaceholder: '例如 征信',
  filtersHint: '筛选都是选填：分类和还款类型缩小范围；标签填一个词（如“征信”“上门催收”），只看带这个标签的页面。',
  /** Around the links to the home page and the glossary. */
  noScript: ['搜索需要开启JavaScript。你也可以从', '按分类浏览，或查看', '。'],
  keyboardHelp: '输入时自动显示结果。按下箭头键进入结果列表，按Esc回到搜索框。',
  tryOtherWords: '换个说法，例如“外访”也叫“上门催收”，“停息挂账”在规章里叫“个性化分期”；',
  tryGlossary: ['查', '里的说法；'],
  tryCalculator: ['用', (name: string) => `“${name}”计算器`, '看看你所处的阶段。'],
  resultsLabel: '搜索结果',
  more: '显示更多结果',
} as const;
