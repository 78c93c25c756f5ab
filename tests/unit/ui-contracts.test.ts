import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { buildHolidayCalendar, computeCourtDeadline, describeCounting, formatPeriod, formatPeriodRule, type DocumentKind } from '@/calculator/court-deadline';
import { GRACE_STAGE_ID, timelineRows } from '@/calculator/resolve-stages';
import { stageAnchorId, timelineAttrs, timelineSelectors, timelineValues } from '@/calculator/timeline-contract';
import { rehypeTableLabels } from '@/markdown/rehype-table-labels';
import { categorySchema } from '@/schemas/category';
import { kindHintsSchema, readerWordsSchema, synonymGroupsSchema } from '@/schemas/search';
import { situationSchema } from '@/schemas/situation';
import { templateSchema } from '@/schemas/template';
import { unknownFieldError } from '@/schemas/unknown-field-error';
import { siteConfig } from '@/site.config';
import { definedTermSetJsonLd, webApplicationJsonLd } from '@/utils/json-ld';
import { articlePath, calculatorPath, categoryPath, glossaryPath, sourcePath, tagPath, templatePath, toolPath } from '@/utils/paths';
import { fixtureProcess } from '../fixtures/process';

/** Chinese messages of a failed zod parse, one string. */
const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.success ? '' : result.error!.issues.map((i) => i.message).join('；');

describe('the DOM contract between the static timeline and the widget', () => {
  /** The attributes Astro spreads, turned into a tiny element the selectors are matched against. */
  const element = (attrs: Record<string, string>) => ({ getAttribute: (name: string) => attrs[name] ?? null, attrs });
  const matches = (selector: string, attrs: Record<string, string>) => {
    const id = /^#(.+)$/.exec(selector);
    if (id) return attrs.id === id[1];
    const [, name, value] = /^(?:template)?\[([\w-]+)(?:="([^"]*)")?\]$/.exec(selector)!;
    return name! in attrs && (value === undefined || attrs[name!] === value);
  };

  it('finds, with the browser-side selectors, exactly what the Astro side marked', () => {
    expect(matches(timelineSelectors.stage('consumer-loan', 'm1'), timelineAttrs.stage('consumer-loan', 'm1'))).toBe(true);
    expect(matches(timelineSelectors.stage('consumer-loan', 'm1'), timelineAttrs.stage('consumer-loan', 'm2'))).toBe(false);
    expect(matches(timelineSelectors.process('credit-card'), timelineAttrs.process('credit-card'))).toBe(true);
    expect(matches(timelineSelectors.process('credit-card'), timelineAttrs.process('consumer-loan'))).toBe(false);
    expect(matches(timelineSelectors.anyProcess, timelineAttrs.process('x'))).toBe(true);
    expect(matches(timelineSelectors.anyStage, timelineAttrs.stage('p', 's'))).toBe(true);
    expect(matches(timelineSelectors.list('youCan'), timelineAttrs.list('youCan'))).toBe(true);
    expect(matches(timelineSelectors.slot('limitation'), timelineAttrs.slot('limitation'))).toBe(true);
    for (const hook of ['widget', 'data', 'form', 'formDetails', 'timelineDetails', 'result', 'resultTemplate', 'errorTemplate', 'baseRules'] as const) {
      expect(matches(timelineSelectors[hook], timelineAttrs[hook]), hook).toBe(true);
    }
  });

  it('reads the process and stage back from the marked elements', () => {
    const stage = element(timelineAttrs.stage('credit-card', 'npl'));
    expect(timelineValues.stage(stage)).toBe('npl');
    expect(stage.attrs.id).toBe(stageAnchorId('credit-card', 'npl'));
    expect(stageAnchorId('consumer-loan', 'm1')).toBe('stage-consumer-loan-m1');
    expect(timelineValues.process(element(timelineAttrs.process('consumer-loan')))).toBe('consumer-loan');
    expect(timelineValues.process(element({}))).toBeNull();
  });

  it('puts the grace row right after the stage that ends on the due date', () => {
    const rows = timelineRows(fixtureProcess);
    expect(rows.map((r) => r.id)).toEqual(['before', GRACE_STAGE_ID, 'first', 'second', 'last']);
    expect(rows[1]).toMatchObject({ grace: true, from: null, to: null, content: { name: '宽限期' } });
    expect(rows[2]).toMatchObject({ grace: false, from: 1, to: 30 });
  });
});

describe('routes', () => {
  it('builds every address the pages link to', () => {
    expect(articlePath('limitation-period')).toBe('/articles/limitation-period/');
    expect(categoryPath('rights')).toBe('/category/rights/');
    expect([glossaryPath(), glossaryPath('m1')]).toEqual(['/glossary/', '/glossary/#m1']);
    expect([sourcePath(), sourcePath('civil-code')]).toEqual(['/sources/', '/sources/#civil-code']);
    expect([templatePath(), templatePath('negotiation-request')]).toEqual(['/templates/', '/templates/negotiation-request/']);
    expect(tagPath()).toBe('/tags/');
    expect(tagPath('征信')).toMatch(/^\/tags\/[^/]+\/$/);
    expect(toolPath('apr')).toBe('/tools/apr/');
    expect(calculatorPath).toBe('/tools/where-am-i/');
  });
});

describe('JSON-LD for tools and the glossary', () => {
  it('describes a free browser tool in the site language', () => {
    expect(webApplicationJsonLd('实际年化利率')).toMatchObject({
      '@type': 'WebApplication',
      name: '实际年化利率',
      inLanguage: siteConfig.lang,
      offers: { price: '0', priceCurrency: 'CNY' },
    });
  });

  it('lists each glossary term with its aliases and definition', () => {
    const ld = definedTermSetJsonLd('术语表', [{ term: '外访', aliases: ['上门催收'], definition: '到家里或单位催收。' }]);
    expect(ld.hasDefinedTerm).toEqual([{ '@type': 'DefinedTerm', name: '外访', alternateName: ['上门催收'], description: '到家里或单位催收。' }]);
  });
});

describe('schemas an author meets, with Chinese messages', () => {
  it('template: field ids are plain letters and digits, and a letter needs at least one field', () => {
    const base = {
      title: '协商还款申请书',
      description: '向机构申请协商还款的信。',
      reviewed: '2026-11-01',
      sources: ['civil-code'],
      fields: [{ id: 'name', label: '姓名' }],
    };
    const ok = templateSchema.safeParse(base);
    expect(ok.success && ok.data.fields[0]).toEqual({ id: 'name', label: '姓名', type: 'text' });
    expect(messages(templateSchema.safeParse({ ...base, fields: [{ id: '姓名', label: '姓名' }] }))).toContain('字段 id 只能用英文字母和数字');
    expect(templateSchema.safeParse({ ...base, fields: [] }).success).toBe(false);
  });

  it('category: only the three reader paths, and questions link inside the site', () => {
    const base = { id: 'rights', name: '知道权利', tagline: '催收方不能做什么', order: 2 };
    expect(categorySchema.safeParse(base).success).toBe(true);
    expect(categorySchema.safeParse({ ...base, id: 'news' }).success).toBe(false);
    expect(categorySchema.safeParse({ ...base, questions: [{ q: '可以上门吗', a: '可以但有限制', href: 'https://x.org' }] }).success).toBe(false);
  });

  it('situation: a link to a page that does not exist names the link and what may be linked', () => {
    const base = { id: 'harassed', label: '被催收骚扰', hint: '先读这几页', links: [{ href: '/tools/where-am-i/', text: '计算器' }] };
    expect(situationSchema.safeParse(base).success).toBe(true);
    expect(messages(situationSchema.safeParse({ ...base, links: [{ href: '/tools/no-such-tool/', text: '不存在' }] }))).toBe(
      '链接“/tools/no-such-tool/”指向的页面不存在（只能写 /articles/<slug>/、/templates/<id>/、/tools/<tool>/）',
    );
    expect(situationSchema.safeParse({ ...base, links: [] }).success).toBe(false);
  });

  it('search files: synonym groups of two or more, known page kinds, readers’ words of two characters or more', () => {
    expect(synonymGroupsSchema.parse(undefined)).toEqual([]);
    expect(messages(synonymGroupsSchema.safeParse([['外访']]))).toContain('同义词组至少要有两个词');
    expect(messages(kindHintsSchema.safeParse({ video: ['视频'] }))).toMatch(/^页面类型只能是：.*（写的是：video）$/);
    expect(messages(readerWordsSchema.safeParse({ 外访: ['门'] }))).toContain('读者说法至少两个字');
    expect(readerWordsSchema.parse({ 外访: ['上门'] })).toEqual({ 外访: ['上门'] });
  });

  it('an unknown field names itself and the field probably meant', () => {
    const inst = { _zod: { def: { shape: { title: 1, draft: 1, reviewed: 1 } } } };
    expect(unknownFieldError({ code: 'unrecognized_keys', keys: ['draf'], inst })).toBe(
      '未知字段“draf”，是不是想写“draft”？可用的字段：title、draft、reviewed',
    );
    expect(unknownFieldError({ code: 'unrecognized_keys', keys: ['zzzzzz'], inst })).toBe('未知字段“zzzzzz”。可用的字段：title、draft、reviewed');
    expect(unknownFieldError({ code: 'invalid_type' })).toBeUndefined();
  });
});

describe('phone tables', () => {
  const render = async (markdown: string) =>
    String(await unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeTableLabels).use(rehypeStringify).process(markdown));

  it('labels every body cell with its column header so a row can show as a card', async () => {
    const html = await render('| 做法 | 依据 |\n| --- | --- |\n| 夜间不催收 | 国家标准 |');
    expect(html).toContain('<table data-stack="">');
    expect(html).toContain('<td data-label="做法">夜间不催收</td>');
    expect(html).toContain('<td data-label="依据">国家标准</td>');
  });

  it('leaves tables without a header row alone', async () => {
    expect(await render('没有表格。')).not.toContain('data-stack');
  });
});

describe('how the court deadline is explained', () => {
  const kind: DocumentKind = {
    id: 'paper',
    order: 1,
    name: '测试文书',
    dateLabel: '收到的日期',
    from: 'receipt',
    period: { count: 15, unit: 'day' },
    action: '提出异议',
    explain: '测试用。',
    source: 'fixture-source',
    article: '第1条',
  };
  const calendar = buildHolidayCalendar([
    { year: 2026, source: 'fixture-source', holidays: [{ name: '国庆节', off: { from: '2026-10-01', to: '2026-10-07' }, work: ['2026-10-10'] }] },
  ]);
  const explain = (date: string) => {
    const out = computeCourtDeadline([kind], calendar, { kindId: 'paper', date, today: date });
    if (!out.ok) throw new Error(out.errors[0]!.message);
    return describeCounting(out.result);
  };

  it('names the period and where it starts', () => {
    expect(formatPeriodRule(kind)).toBe('自收到（送达）之日起15日内');
    expect(formatPeriodRule({ ...kind, from: 'effective', period: { count: 6, unit: 'month' } })).toBe('自发生法律效力之日起6个月内');
    expect(formatPeriod({ count: 2, unit: 'year' })).toBe('2年');
  });

  it('says the day is a working day when nothing moves it', () => {
    expect(explain('2026-11-02')).toBe('2026年11月2日当天不算，从第二天算起，15日的最后一天是2026年11月17日（星期二），是工作日，期限就到这一天。');
  });

  it('says why the last day moved and to which day', () => {
    // 2026-09-16 + 15 days = 1 October, inside the National Day holiday.
    expect(explain('2026-09-16')).toBe(
      '2026年9月16日当天不算，从第二天算起，15日的最后一天是2026年10月1日（星期四），这天是国庆节放假，所以顺延到假期后的第一个工作日2026年10月8日（星期四）。',
    );
    // 2026-10-16 + 15 days = Saturday 31 October.
    expect(explain('2026-10-16')).toMatch(/这天是周末，所以顺延到假期后的第一个工作日2026年11月2日（星期一）。$/);
  });
});
