/**
 * Reader-facing UI strings (zh-CN), grouped by area. Astro components and browser
 * scripts import the groups they need; named exports let the widget bundles keep only
 * what they use. Content (articles, processes, sources) stays in content/; author-facing
 * build errors stay next to the check that raises them.
 * No imports, so browser bundles and scripts under plain Node can use it too. Navigation
 * lists (labels with routes) are in ./navigation.ts.
 */

// The search page's strings are in ./search-strings.ts: the search script imports only
// those, so the search page and the widget never share (and both download) one chunk.

/** Words used across the site. */
export const common = {
  home: '首页',
  reviewedLabel: '最近核对：',
  search: '搜索',
  /** The header's theme button says what a tap will do; CSS shows the one for the current theme. */
  themeToDark: '切换到深色',
  themeToLight: '切换到浅色',
} as const;

/** The calm help pointer (articles with `crisis: true`, home page); numbers come from sources. */
export const crisisHelp = {
  title: '如果你现在不安全，或者撑不住了',
  /** Text around the number: [before, after]. */
  police: ['有人威胁你的人身安全、堵门不让你离开：马上打', '报警。'],
  psychological: ['压力大到睡不着、想不开：可以打', '心理援助热线，和人说说。欠款的事可以一步步处理。'],
  complain: '被骚扰、被威胁但眼下安全：先留证据，再投诉。',
  complainLink: '怎么投诉、向谁投诉',
} as const;

/** The home page's help strip and situation cards. */
export const home = {
  situationsTitle: '我现在遇到的情况',
  situationsHint: '选一个最像你的情况，先读这几页。',
} as const;

/** The stage calculator's name and labels, shared by the widget, its page and every link to it. */
export const calculator = {
  name: '我的逾期到了哪一步',
  /** The name as a question, for headings and call-outs. */
  question: '我的逾期到了哪一步？',
  /** Short label for the header navigation. */
  navLabel: '我到了哪一步',
  open: '打开计算器',
  submit: '看看我在哪一步',
  /** The form's disclosure: open until there is an answer, then folded below it. */
  editConditions: '修改条件',
  searchTitle: '我的逾期到了哪一步（计算器）',
} as const;

/** Names of the money-and-deadline tools, shared by their pages, breadcrumbs, search titles and the footer. */
export const tools = {
  courtDeadlines: { name: '法律文书期限', question: '收到法律文书，最晚哪天要行动？', searchTitle: '法律文书期限计算器' },
  creditRecord: { name: '征信记录什么时候不再展示', question: '征信上的逾期记录什么时候不再展示？', searchTitle: '征信记录保存期限计算' },
  budget: { name: '每月能还多少', question: '欠了好几家，每月能还多少、每家还多少？', searchTitle: '还款预算计算器' },
  apr: { name: '实际年化利率', question: '这笔借款实际年化多少？', searchTitle: '实际年化利率计算器（IRR）' },
} as const;

/** Labels of the stage timeline, the same in the static list and in the widget's answer. */
export const timeline = {
  mayHappen: '可能发生',
  mayNot: '这一阶段催收方还不得',
  youCan: '你可以',
  baseRules: '任何阶段，催收方都不得',
  credit: '征信：',
  boundary: '天数依据：',
  related: '延伸阅读：',
  title: (processName: string) => `${processName}：逾期阶段时间线`,
  graceRange: (max: number) => `逾期第1天起，共几天以合同为准（可填0–${max}天）`,
  showAll: '完整时间线：每个阶段会发生什么',
  sourcesLead: '这条时间线的依据（阶段天数、可能发生的事和建议）：',
} as const;

/** The widget's answer (see src/client/stage-widget/). */
export const stageResult = {
  errorsTitle: '请检查输入：',
  youCan: '你现在可以',
  mayNot: '这一阶段催收方不得',
  share: '分享结果',
  copyLink: '复制链接',
  copied: '链接已复制。链接里有你填的天数或日期，不含欠款金额。',
  copyFailed: '没能自动复制，请复制浏览器地址栏里的网址。',
  upcoming: '接下来的时间点',
  notes: '请注意',
  limitation: '诉讼时效提示',
  downloadIcs: '下载日历提醒（.ics）',
  print: '打印结果',
  jump: '在时间线中查看',
  icsFileName: '逾期节点提醒.ics',
} as const;

/** Names of the site-wide pages: their titles, headings, breadcrumbs and navigation labels. */
export const pages = {
  glossary: '术语表',
  tags: '全部标签',
  templates: '文书模板',
  sources: '依据总表',
  updates: '规则更新',
  about: '关于本站',
} as const;
