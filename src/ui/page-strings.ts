/**
 * Strings of single pages (zh-CN): titles, descriptions for search engines and share cards,
 * leads and labels that only one page shows. Names shared by several pages (headings,
 * breadcrumbs, navigation) are `pages`, `calculator` and `tools` in ./strings.ts.
 * No imports, so plain Node can use it too.
 */

/** The 404 page. */
export const notFound = {
  title: '找不到这个页面',
  description: '这个网址不存在，试试搜索或从首页进入。',
  lead: '网址可能输错了，或者页面已经移动。试试搜索你想了解的问题：',
  backHome: '回到首页',
} as const;

/** The home page (its help strip and situation cards are `home` in ./strings.ts). */
export const homePage = {
  title: '逾期了，接下来会怎样？',
  calculatorCallout: '填逾期天数或应还款日，看看你在哪个阶段、接下来会怎样、你可以做什么、催收方不能做什么。',
  seeAll: '查看全部',
  toolsLabel: '工具与资料',
  glossaryCard: 'M1、外访、支付令、诉讼时效……一看就懂。',
  templatesCard: '协商还款、信用卡个性化分期、征信异议、投诉、停止联系第三人：在线填写，复制或打印。',
} as const;

/** /tags/. */
export const tagsPage = {
  description: '按话题浏览逾期与催收的全部文章。',
} as const;

/** /templates/. */
export const templatesPage = {
  description: '协商还款、信用卡个性化分期、停止联系第三人、投诉、征信异议：在线填写后复制或打印，内容不会发送到任何地方。',
  lead: '在网页上填空，然后复制或打印。你填写的内容只保存在你自己的浏览器里，不会发送到任何地方。表单显示不出来时，也可以直接打印空白模板，用笔填写。',
} as const;

/** /glossary/. */
export const glossaryPage = {
  description: (count: number) => `逾期与催收常见术语${count}条：M1、外访、委外、核销、支付令、诉讼时效……每条注明依据。`,
  jsonLdName: '逾期与催收术语表',
  aliases: (aliases: readonly string[]) => `也叫：${aliases.join('、')}`,
  basis: '依据：',
  lead: '催收和法律文书里常见的说法，用一两句话讲清楚。括号里是同义词或俗称。',
  indexLabel: '术语索引',
} as const;

/** /sources/ (the legend is ./source-legend.ts). */
export const sourcesPage = {
  description: '本站引用的全部法律、司法解释、规章、国家标准、行业自律规范和资料，注明效力层级、日期和可信度。',
} as const;

/** /updates/. */
export const updatesPage = {
  description: '与逾期、催收有关的法律和司法解释改了什么、从哪天起施行、本站哪些页面已经按新文本更新。',
  /** Text around the link to the sources page: [before, after]. */
  lead: ['这里按施行日期从新到旧，列出和读者有关的规则变化：改了什么、从哪天起施行、本站哪些页面引用了新文本。每条都能在', '里找到核对所用的文本。'],
  rss: '订阅规则更新（RSS）',
  sinceEffective: '起施行',
  sinceAdopted: '通过（施行日期本站未核实）',
  newText: '新文本：',
  replaces: '；替代：',
  updatedPages: '本站已按新文本更新的页面：',
} as const;

/** /about/. */
export const aboutPage = {
  description: '本站做什么、内容从哪里来、如何标注依据和可信度、不做什么。',
} as const;

/** The tool pages under /tools/: title, description, lead and search tags (the tools' names are `tools` in ./strings.ts). */
export const toolPages = {
  apr: {
    title: '实际年化利率计算器：日息、月费率到底多贵',
    description:
      '按内部收益率（IRR）算借款的实际年化利率：填到手金额、每期还款和每月服务费、会员费、担保费，看一共还多少、总成本多少，宣传的日息和月费率实际是多少。',
    searchTags: '实际年化利率,IRR,日息,月费率,砍头息,会员费,担保费',
    lead: '月费率0.6%听起来不高，按实际占用的本金算，年化约13%。把实际到手的钱、每期还款和每月另收的费用填进来，按内部收益率（IRR）算出这笔钱一年真正要花多少。',
  },
  courtDeadlines: {
    title: '法律文书期限计算：支付令、起诉状、判决书最晚哪天',
    description: '收到支付令、起诉状副本、一审判决书或裁定书，最晚哪天要提出异议、答辩或上诉？按民事诉讼法第85条计算，节假日和调休按国务院办公厅通知顺延。',
    searchTags: '支付令异议期限,答辩期,上诉期,期限计算,节假日顺延',
    lead: '支付令要在收到之日起15日内提出书面异议，起诉状副本要在15日内答辩，一审判决15日内、一审裁定10日内可以上诉。收到的当天不算；最后一天遇到周末或法定节假日，顺延到之后的第一个工作日。选你收到的文书、填收到的日期，就能看到最后一天。',
  },
  budget: {
    title: '每月能还多少：还款预算和给每家的方案',
    description:
      '欠了好几家还不上？先留出基本生活开支，有抵押的贷款和法院执行的欠款优先，剩下的按欠款比例分给各家，并为每家生成一份可打印的财务状况说明。数据只在你的设备上。',
    searchTags: '多家欠款怎么还,还款方案,协商还款金额,财务状况说明,以贷养贷',
    lead: '先算清每月扣除基本生活开支后还剩多少钱；有抵押的房贷车贷和法院已在执行的欠款先付，剩下的按欠款比例分给其他每一家。这样给出的方案对每家都一样，机构更容易接受，你也能坚持下去。',
  },
  creditRecord: {
    title: '征信逾期记录什么时候消除：还清后5年',
    description:
      '逾期记录从还清欠款之日起保存5年，满5年应当删除（征信业管理条例第16条）。没还清的，5年不开始计算。填还清日期，算出记录保存到哪一天，并了解怎么查报告、怎么提异议。',
    searchTags: '征信逾期记录多久消除,不良记录5年,征信异议,征信修复',
    lead: '答案是还清之后5年。征信业管理条例第16条规定，不良信息自不良行为或者事件终止之日起保存5年，超过5年应当删除。欠款没还清，5年就不开始计算。',
  },
  whereAmI: {
    description: '输入逾期天数或应还款日，看到你所处的催收阶段、接下来的日期、催收方不得做什么、你可以做什么。支持消费贷和信用卡。',
    searchTags: '逾期计算器,逾期多少天,逾期天数,应还款日,我到了哪一步',
    lead: '选择还款类型，填逾期天数或应还款日，看看你处在哪个催收阶段、接下来可能发生什么——比如逾期15天、90天或一年以上，各是什么情况。阶段和天数按行业通行做法整理，不是法定时间表，以合同和机构通知为准。计算只在你的浏览器里进行。',
  },
} as const;

/** A category page (/category/<id>/). */
export const categoryPage = {
  description: (name: string, tagline: string) => `${name}：${tagline}`,
  questions: '常见问题',
  more: '详细了解',
  allArticles: (count: number) => `全部文章（${count}）`,
} as const;

/** A tag's page (/tags/<tag>/). */
export const tagPage = {
  title: (tag: string) => `标签：${tag}`,
  description: (tag: string, count: number) => `与“${tag}”有关的${count}篇文章。`,
} as const;

/** A fill-in letter (/templates/<id>/). */
export const templatePage = {
  searchTitle: (title: string) => `${title}（模板）`,
  formLabel: '填写信件',
  formHint: '填写后，右侧（手机上在下方）的信件会同步更新。内容只在你的浏览器里。',
  copy: '复制信件全文',
  print: '打印',
  clear: '清空',
  letterLabel: '信件正文',
  tips: '使用提示',
} as const;
