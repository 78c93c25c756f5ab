/**
 * The money-and-deadline tools' form strings (zh-CN): the widget's title and lead, field labels,
 * hints, choices and buttons, used by the components in src/components/*Tool.astro. Their
 * names for navigation and search are `tools` in ./strings.ts. The static explanation after
 * each form (the rule, how it is counted, with its citations) is written in the component,
 * like an article's text, because it interleaves links to the sources it cites.
 * No imports, so browser scripts and plain Node can use it too.
 */

/** “实际年化利率” (AprTool.astro). */
export const aprForm = {
  title: '这笔借款一年实际要多少钱？',
  intro:
    '填实际到手的钱和每期要还的钱（连同每月的服务费、会员费、担保费），按内部收益率（IRR）算出实际年化利率、一共要还多少、总成本多少。计算只在你的浏览器里进行。',
  received: '实际到手金额（元）',
  receivedHint: '放款时先扣掉的手续费、服务费、“砍头息”要减掉，填真正到你账户的钱。',
  mode: '还款方式',
  modeEqual: '每期金额一样',
  modeList: '每期金额不同（逐期填写）',
  count: '期数（按月）',
  payment: '每期还款额（元）',
  payments: '每期还款额（元），每行一期',
  fees: '每月另收的费用（元/月，没有就留空）',
  feeNames: ['服务费', '会员费', '担保费'],
  optional: '选填：宣传的利率、放贷方类型、LPR',
  advertisedKind: '宣传的利率是',
  advertisedNone: '没有宣传利率',
  advertisedKinds: { daily: '日息（日利率）', monthly: '月费率或月利率' },
  advertisedRate: '宣传的数字（%）',
  advertisedRatePlaceholder: '例如0.05',
  lenderKind: '放贷方是',
  lenderKinds: { unknown: '不清楚', licensed: '银行、消费金融公司等持牌金融机构', private: '个人或一般公司（民间借贷）' },
  lpr: '借款时的一年期LPR（%）',
  lprHint: '全国银行间同业拆借中心每月发布；填签合同那个月公布的数字。',
  submit: '算出实际年化',
} as const;

/** “收到法律文书，最晚哪天要行动” (CourtDeadlineTool.astro). */
export const courtDeadlineForm = {
  title: '收到法律文书，最晚哪天要行动？',
  intro: '选文书、填收到的日期，算出最后一天、要做什么和依据的条文，可以下载带提前提醒的日历文件。计算按北京时间，只在你的浏览器里进行。',
  kind: '你收到的文书',
  dateHint: '以签收（送达回证、邮件回执、电子送达到达）的日期为准。',
  optional: '选填：最后一次还款、承诺或催收联系的日期（看三年诉讼时效提示）',
  contact: '最后一次还款、承诺或催收联系的日期',
  submit: '算出最后期限',
} as const;

/** “征信记录什么时候不再展示” (CreditRecordTool.astro). */
export const creditRecordForm = {
  title: '逾期记录什么时候不再展示？',
  intro: (years: number) =>
    `不良记录从不良行为结束、也就是你还清逾期欠款的那天起保存${years}年，满${years}年应当删除。填还清的日期，看看到哪一天。计算按北京时间，只在你的浏览器里进行。`,
  status: '这笔逾期欠款现在',
  repaid: '已经还清',
  unpaid: '还没还清',
  date: '还清的日期',
  dateHint: '逾期的那笔钱全部还上的那一天（或其他不良事件结束的那一天）。',
  submit: '算一算',
} as const;

/** “每月能还多少” (BudgetTool.astro); the essentials' names are ESSENTIAL_LABELS in the calculator. */
export const budgetForm = {
  title: '每月能还多少？给每家的方案怎么定？',
  intro: '先留出全家的基本生活开支，再按合同付有抵押的贷款和法院已在执行的欠款，剩下的钱按欠款比例分给其余每一家。每家拿到的比例一样，这样的方案最容易被接受。',
  privacy:
    '你填的收入和欠款只在这个页面里计算，不会发送到任何地方，也不会出现在网址里。默认不保存：关掉页面就没了。想下次接着用，可以勾选“保存在这台设备上”，或者导出成文件。',
  incomeLegend: '每月收入和基本开支（元）',
  income: '家庭每月收入（到手）',
  debtsLegend: '欠款',
  addDebt: '添加一笔欠款',
  debtTitle: '欠款',
  lender: '机构或出借人',
  type: '类型',
  typeNone: '请选择',
  balance: '剩余欠款（元）',
  monthly: '合同月供（元）',
  daysOverdue: '已逾期天数（选填）',
  court: '已被法院判决或正在执行',
  removeDebt: '删除这笔',
  submit: '算出每家能还多少',
  storage: '保存和清除',
  remember: '保存在这台设备上（下次打开自动填好）',
  clear: '清除本机数据',
  export: '导出为文件',
  import: '导入文件',
} as const;

/** The stage calculator's form (StageTimeline.astro); its name and buttons are `calculator` in ./strings.ts. */
export const calculatorForm = {
  intro:
    '填逾期天数或应还款日，就能看到你现在处于哪个阶段、接下来可能发生什么、你可以做什么、催收方不能做什么。阶段和天数是本站按行业通行做法整理的，不是法定时间表，具体以你的合同和机构通知为准。',
  process: '还款类型',
  days: '逾期天数',
  daysPlaceholder: '例如15',
  daysHint: '应还款日当天算第0天，第二天算逾期第1天。',
  due: '应还款日',
  dueHint: '二选一：按北京时间的今天自动算逾期天数。分期借款填最早一期没还的那期的应还款日。',
  grace: '宽限期（天，以合同为准）',
  graceHint: (max: number) => `不清楚就填0。可填0–${max}天。`,
  more: '更多（选填）：欠款金额、最后一次联系日期',
  amount: '欠款金额（元）',
  amountHint: '选填。信用卡欠款填了会告诉你是否达到“恶意透支”的数额条件。',
  contact: '最后一次还款、承诺或催收联系的日期',
  contactHint: '用于提示三年诉讼时效从哪天起算，只是提示，不是结论。',
} as const;
