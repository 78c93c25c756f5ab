import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { findCoverageProblems } from '@/calculator';
import { articleSchema } from '@/schemas/article';
import { glossaryTermSchema } from '@/schemas/glossary';
import { processSchema } from '@/schemas/process';
import { sourceSchema } from '@/schemas/source';
import { templateSchema } from '@/schemas/template';
import { readArticles, readTemplates } from '@/content-files';

const validArticle = {
  title: '逾期多久会上征信？',
  description: '没有统一的法定天数，取决于机构的宽限期和报送周期；报送不良信息前应先告知你。',
  category: 'process',
  tags: ['征信'],
  published: '2026-11-29',
  reviewed: '2026-11-29',
};

const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

describe('article schema', () => {
  it('accepts a complete article and fills defaults', () => {
    const parsed = articleSchema.parse(validArticle);
    expect(parsed).toMatchObject({ draft: false, processes: [], sources: [] });
  });

  it.each([
    ['title', { title: undefined }],
    ['description', { description: '太短' }],
    ['category', { category: 'news' }],
    ['tags', { tags: [] }],
    ['published', { published: '2026-13-01' }],
    ['reviewed', { reviewed: '2026-01-01' }],
    ['sources.0', { sources: ['no-such-source'] }],
  ])('names the field %s when it is missing or wrong', (field, patch) => {
    const result = articleSchema.safeParse({ ...validArticle, ...patch });
    expect(result.success).toBe(false);
    expect(
      issues(result).some((i) => i.startsWith(`${field}:`)),
      issues(result).join('\n'),
    ).toBe(true);
  });

  it('explains errors in Chinese', () => {
    const result = articleSchema.safeParse({ ...validArticle, category: 'news' });
    expect(issues(result).join()).toMatch(/category 必须是/);
  });
});

describe('source schema', () => {
  const base = {
    id: 'x-law',
    short: '某法',
    title: '某法全称',
    issuer: '全国人大',
    date: '2020-01-01',
    binding: '法律',
    confidence: 'A',
    checked: { on: '2026-12-01', text: 'LawRefBook/Laws@abc1234:某法.md' },
  };
  it('needs the text that was checked, and says so in Chinese', () => {
    const { checked: _omit, ...unchecked } = base;
    expect(issues(sourceSchema.safeParse(unchecked)).join()).toMatch(/checked 必填/);
    expect(issues(sourceSchema.safeParse({ ...base, checked: { on: '2026-12', text: 'LawRefBook/Laws@abc1234:某法.md' } })).join()).toMatch(/YYYY-MM-DD/);
  });
  it('a replaced source must name its replacement', () => {
    expect(issues(sourceSchema.safeParse({ ...base, status: '已被替代' })).join()).toMatch(/replacedBy/);
    expect(sourceSchema.safeParse({ ...base, status: '已被替代', replacedBy: 'x-law-2026' }).success).toBe(true);
  });
  it('refuses unverified (C) sources', () => {
    expect(issues(sourceSchema.safeParse({ ...base, confidence: 'C' })).join()).toMatch(/C 级/);
  });
  it('only allows the known levels of binding force', () => {
    expect(sourceSchema.safeParse({ ...base, binding: '法律规定' }).success).toBe(false);
    expect(sourceSchema.safeParse(base).success).toBe(true);
  });
  it('every real source is valid', () => {
    const entries = yaml.load(readFileSync('content/sources.yaml', 'utf8')) as unknown[];
    for (const entry of entries) expect(issues(sourceSchema.safeParse(entry))).toEqual([]);
  });
});

describe('process schema and stage coverage', () => {
  const real = yaml.load(readFileSync('content/processes/consumer-loan.yaml', 'utf8')) as {
    stages: { id: string; from: number | null; to: number | null; sources: string[] }[];
  };

  it('accepts the real consumer-loan process', () => {
    expect(issues(processSchema.safeParse(real))).toEqual([]);
  });

  it('rejects a gap, naming the missing days', () => {
    const stages = structuredClone(real.stages);
    stages.find((s) => s.id === 'm3')!.from = 62;
    const result = processSchema.safeParse({ ...real, stages });
    expect(issues(result).join('\n')).toMatch(/缺口：第61天不属于任何阶段/);
  });

  it('rejects an overlap', () => {
    const problems = findCoverageProblems([
      { id: 'a', from: null, to: 0 },
      { id: 'b', from: 0, to: 10 },
      { id: 'c', from: 11, to: null },
    ]);
    expect(problems.join()).toMatch(/重叠/);
  });

  it('rejects a day line that stops short of three years and beyond', () => {
    const problems = findCoverageProblems([
      { id: 'a', from: null, to: 0 },
      { id: 'b', from: 1, to: 1095 },
    ]);
    expect(problems.join()).toMatch(/最后一个阶段“b”的 to 应为空/);
  });

  it('rejects a stage citing an unknown source', () => {
    const stages = structuredClone(real.stages);
    stages[3]!.sources = ['made-up-source'];
    expect(issues(processSchema.safeParse({ ...real, stages })).join()).toMatch(/未知的依据 id“made-up-source”/);
  });
});

describe('glossary', () => {
  const terms = yaml.load(readFileSync('content/glossary.yaml', 'utf8')) as { id: string; term: string; aliases?: string[] }[];
  it('has at least 30 valid terms', () => {
    expect(terms.length).toBeGreaterThanOrEqual(30);
    for (const t of terms) expect(issues(glossaryTermSchema.safeParse(t)), t.id).toEqual([]);
  });
  it('never gives one alias to two terms', () => {
    const seen = new Map<string, string>();
    for (const t of terms) {
      for (const word of [t.term, ...(t.aliases ?? [])]) {
        expect(seen.get(word), `“${word}” in ${t.id} and ${seen.get(word)}`).toBeUndefined();
        seen.set(word, t.id);
      }
    }
  });
});

describe("readers' questions (issue #12)", () => {
  const pages = [
    ...readArticles('content').map((a) => ({ page: `content/articles/${a.id}`, questions: a.data.questions })),
    ...readTemplates('content').map((t) => ({ page: `content/templates/${t.id}.md`, questions: t.data.questions })),
  ];
  it('every article and every template lists at least 8, and no question is on two pages', () => {
    expect(pages.filter((p) => p.questions.length < 8).map((p) => p.page)).toEqual([]);
    const seen = new Map<string, string>();
    for (const { page, questions } of pages) {
      for (const q of questions) {
        expect(seen.get(q), `“${q}” in ${page} and ${seen.get(q)}`).toBeUndefined();
        seen.set(q, page);
      }
    }
  });
  it('a template question that is too short is refused in Chinese', () => {
    const template = readTemplates('content')[0]!.data;
    expect(issues(templateSchema.safeParse({ ...template, questions: ['怎么写'] })).join()).toMatch(/^questions\.0: 读者提问每条至少 4 个字/);
  });
});
