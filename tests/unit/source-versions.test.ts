import { describe, expect, it } from 'vitest';
import type { SourceUse } from '@/data/collect-citations';
import { findSupersededCitations } from '@/utils/find-superseded-citations';
import { listRuleUpdates } from '@/utils/list-rule-updates';
import { listUnrecheckedSources } from '@/utils/list-unrechecked-sources';

const use = (sourceId: string, pinpoints: string[] = [], href = '/articles/a/'): SourceUse => ({
  sourceId,
  pinpoints,
  file: 'content/articles/a.mdx',
  href,
  title: '文章A',
  kind: 'article',
});
const old = { id: 'law-2012', title: '某法（2012）', short: '某法', date: '2012-10-26', replacedBy: 'law-2025' };
const current = {
  id: 'law-2025',
  title: '某法（2025）',
  short: '某法',
  date: '2025-06-27',
  effective: '2026-01-01',
  update: { summary: '第42条改为第50条。' },
};
const sources = new Map([old, current].map((s) => [s.id, s]));

describe('findSupersededCitations', () => {
  it('flags a citation once the replacement is in force, from its effective day on', () => {
    expect(findSupersededCitations([use('law-2012', ['第42条'])], sources, '2025-12-31')).toEqual([]);
    const found = findSupersededCitations([use('law-2012', ['第42条'])], sources, '2026-01-01');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ since: '2026-01-01', replacement: { id: 'law-2025' } });
  });
  it('ignores citations of the text in force, and reports a replacedBy that names nothing', () => {
    expect(findSupersededCitations([use('law-2025')], sources, '2026-12-01')).toEqual([]);
    const broken = new Map([['x', { id: 'x', replacedBy: 'missing' }]]);
    expect(findSupersededCitations([use('x')], broken, '2026-12-01')).toEqual([{ use: use('x') }]);
  });
});

describe('listRuleUpdates', () => {
  it('lists in-force updates newest first, with the pages and articles (条) that cite the new text', () => {
    const later = {
      id: 'arb-2025',
      title: '仲裁法（2025）',
      short: '仲裁法',
      date: '2025-09-12',
      effective: '2026-03-01',
      update: { summary: '首次开庭前。' },
    };
    const future = { id: 'x-2099', title: '未来法', short: '未来法', effective: '2099-01-01', update: { summary: '还没施行。' } };
    const updates = listRuleUpdates(
      [old, current, later, future],
      [use('law-2025', ['第90条']), use('law-2025', ['第50条']), use('law-2025', [], '/glossary/#x')],
      '2026-12-01',
    );
    expect(updates.map((u) => u.id)).toEqual(['arb-2025', 'law-2025']);
    const law = updates[1]!;
    expect(law.replaces).toEqual([{ id: 'law-2012', title: '某法（2012）' }]);
    expect(law.pages).toEqual([
      { href: '/articles/a/', title: '文章A', pinpoints: ['第50条', '第90条'] },
      { href: '/glossary/#x', title: '文章A', pinpoints: [] },
    ]);
    expect(law.sinceIsEffective).toBe(true);
  });
});

describe('listUnrecheckedSources', () => {
  it('lists sources not checked in the last 6 months, oldest first', () => {
    const list = [
      { id: 'fresh', checked: { on: '2026-11-01' } },
      { id: 'older', checked: { on: '2026-01-15' } },
      { id: 'oldest', checked: { on: '2025-03-01' } },
      { id: 'edge', checked: { on: '2026-06-01' } },
    ];
    expect(listUnrecheckedSources(list, '2026-12-01', 6).map((s) => s.id)).toEqual(['oldest', 'older']);
  });
});
