/**
 * Strings of the shared layouts and components (zh-CN): article page, source list, search
 * form, breadcrumbs, footer. Page-specific text is in ./page-strings.ts, the tools' forms in
 * ./tool-strings.ts, site-wide names in ./strings.ts. Imported as a namespace
 * (`import * as t from '@/ui/layout-strings'`). No imports, so plain Node can use it too.
 */

/** The search form in the header, on the home page and on the 404 page. */
export const searchForm = {
  headerLabel: '站内搜索',
  pageLabel: '搜索逾期与催收问题',
  label: '搜索本站',
  largePlaceholder: '例如：上门催收、征信',
  headerPlaceholder: '搜索（按 / 键）',
} as const;

/** The one-line disclaimer under articles and tools. */
export const disclaimer = {
  label: '说明',
  text: '本页是一般性信息，不是法律意见。每个人的合同和情况不同，涉及起诉、判决或时效等重要决定，请咨询律师或当地法律援助机构。',
} as const;

/** 修订记录 under an article: the summary is [before the date, after it]. */
export const changeLog = {
  before: (count: number) => `修订记录（${count}条，最近`,
  after: '）',
} as const;

/** 上一篇 / 下一篇 within a category. */
export const pager = {
  previous: (category: string) => `上一篇（${category}）`,
  next: (category: string) => `下一篇（${category}）`,
} as const;

/** The article page: meta line, short answer, contents, sidebar and related articles. */
export const article = {
  toc: '本文目录',
  related: '相关文章',
  tags: '标签',
  published: '首次发布：',
  readingTime: (minutes: number) => `阅读约${minutes}分钟`,
  shortAnswer: '简短回答',
  sidebar: '侧栏',
  calculatorCallout: '输入逾期天数或应还款日，看看现在处于哪个阶段、接下来会发生什么。',
} as const;

/** The breadcrumb trail's accessible name. */
export const breadcrumbs = '面包屑';

/** The stage overview table (<StageTable>). */
export const stageTable = {
  caption: (processName: string) => `${processName}：各阶段一览（以合同和机构通知为准）`,
  stage: '阶段',
  days: '天数',
  mayHappen: '可能发生什么',
} as const;

/** A source's version line on /sources/: replacedBy is [before the link, after it]. */
export const sourceVersion = {
  replacedBy: ['已被', '替代'],
  checked: (date: string) => `${date}核对：`,
} as const;

/** The list of sources under an article (<SourceList>). */
export const sources = {
  /** After a date: “2021年1月1日发布”. */
  issued: '发布',
  effective: '施行',
  title: '依据',
  confidence: (level: string) => `可信度${level}`,
  pinpoints: (pinpoints: readonly string[]) => `｜本文引用：${pinpoints.join('、')}`,
  back: '↩ 回到正文引用处',
  extra: '另外参考',
  link: '链接：',
  alsoSee: '另见：',
  citedBy: '引用本依据的页面：',
} as const;

/** Every page: the home title, skip link and footer tagline. */
export const page = {
  homeTitleSuffix: '：逾期之后会怎样、催收不能做什么、你可以怎么做',
  skipLink: '跳到正文',
  footerTagline: '：整理公开的法律、标准和行业规范，帮助你看懂逾期与催收。',
} as const;

/** The header's navigation landmark. */
export const mainNavigation = '主导航';
