import { textBody, type IndexablePage } from '../../src/search/build/build-search-index.ts';

/**
 * Synthetic pages full of near-miss words (催促、收件、上门服务、征收、信息、通讯…) that
 * share characters with the real vocabulary but not its words. Deterministic for a
 * given seed, so evaluations and benchmarks are repeatable.
 */
export interface DistractorPage {
  url: string;
  title: string;
  text: string;
}

const NEAR_MISS = [
  '催促',
  '催促发货',
  '收件',
  '收件人',
  '上门服务',
  '上门安装',
  '上门维修',
  '上门取件',
  '征收',
  '税费征收',
  '征收补偿',
  '信息',
  '个人信息登记',
  '通讯',
  '通讯录备份',
  '手机通讯录',
  '信号通讯',
  '紧急通知',
  '联系方式',
  '支付宝',
  '付款方式',
  '令人满意',
  '停车',
  '利息收入',
  '挂号',
  '账单',
  '录取',
  '起诉状范文',
  '时效性',
  '核对',
  '销售',
  '分期付款',
  '信用社',
  '征文',
  '信件',
  '上门拜年',
  '门店',
  '收费标准',
  '催眠',
  '收藏',
  '投诉建议',
  '执行力',
  '支付',
  '冻结蔬菜',
  '转让店铺',
  '报告厅',
  '记录片',
  '协商会议',
  '电话会议',
  '法院街',
  '宽限',
  '还款计划表',
  '逾越',
  '信用',
  '征集',
  '上门推销',
];
const FILLER = [
  '本店',
  '周末',
  '活动',
  '顾客',
  '小区',
  '物业',
  '快递',
  '商品',
  '天气',
  '城市',
  '公园',
  '学校',
  '老师',
  '同学',
  '工作',
  '会议',
  '报名',
  '时间',
  '地点',
  '价格',
  '优惠',
  '服务',
  '质量',
  '体验',
  '安排',
  '通知',
  '今天',
  '明天',
  '大家',
  '需要',
  '可以',
  '提供',
  '进行',
  '相关',
  '工作人员',
  '负责',
  '欢迎',
  '参加',
  '咨询',
  '办理',
  '流程',
  '资料',
  '准备',
  '完成',
];

/** Small fast seeded PRNG (mulberry32). */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The distractors as pages for buildSearchIndex({ extraPages }). */
export function distractorPages(count: number, charsPerPage?: number): IndexablePage[] {
  return generateDistractors(count, charsPerPage).map((d) => ({
    meta: { url: d.url, title: d.title, summary: d.text.slice(0, 60), kind: '页面', tags: [], keywords: [], processes: [] },
    body: textBody(d.text),
    weight: 1,
  }));
}

export function generateDistractors(count: number, charsPerPage = 800, seed = 20261129): DistractorPage[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const pages: DistractorPage[] = [];
  for (let i = 0; i < count; i++) {
    const title = `${pick(FILLER)}${pick(NEAR_MISS)}${pick(FILLER)}说明 ${i + 1}`;
    let text = '';
    while (text.length < charsPerPage) {
      const sentence = Array.from({ length: 6 + Math.floor(next() * 6) }, () => (next() < 0.45 ? pick(NEAR_MISS) : pick(FILLER))).join('');
      text += `${sentence}。`;
    }
    pages.push({ url: `/distractors/${i + 1}/`, title, text });
  }
  return pages;
}
