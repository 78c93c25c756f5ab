import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createRelatedFinder } from '@/utils/find-related';
import { formatDateZh } from '@/utils/format-date-zh';
import { getReadingMinutes } from '@/utils/get-reading-minutes';
import { listStaleReviews } from '@/utils/list-stale-reviews';
import { slugify } from '@/utils/slugify';
import { sortByNewest } from '@/utils/sort-by-newest';

describe('getReadingMinutes', () => {
  it('counts Chinese characters per minute, not words', () => {
    expect(getReadingMinutes('催'.repeat(400), 400)).toBe(1);
    expect(getReadingMinutes('催'.repeat(2000), 400)).toBe(5);
    // 2,000 characters with no spaces would be one “word” to a word counter.
    expect(getReadingMinutes('催收'.repeat(1000), 400)).toBe(5);
  });

  it('ignores markup readers never see', () => {
    const mdx = `import X from './x'\n<StageTimeline process="consumer-loan" />\n${'字'.repeat(800)}[@civil-code 第188条] [链接](https://example.org/very/long/url)`;
    expect(getReadingMinutes(mdx, 400)).toBe(2);
  });

  it('never reports zero minutes', () => {
    expect(getReadingMinutes('')).toBe(1);
  });
});

describe('slugify', () => {
  it('keeps Chinese characters readable in URLs', () => {
    expect(slugify('上门催收')).toBe('上门催收');
    expect(slugify('M1 电催')).toBe('m1-电催');
    expect(slugify('“爆通讯录”怎么办？')).toBe('爆通讯录-怎么办');
    expect(slugify('ＡＰＰ催收')).toBe('app催收');
    expect(slugify('!!!')).toBe('');
  });
});

describe('sortByNewest', () => {
  it('puts the newest first and breaks ties by title', () => {
    const entries = [
      { data: { published: '2026-01-01', title: '乙' } },
      { data: { published: '2026-11-29', title: '甲' } },
      { data: { published: '2026-01-01', title: '阿' } },
    ];
    expect(sortByNewest(entries).map((e) => e.data.title)).toEqual(['甲', '阿', '乙']);
  });
});

describe('createRelatedFinder', () => {
  const mk = (id: string, tags: string[], category = 'rights', published = '2026-11-29') => ({ id, data: { tags, category, published } });
  it('ranks by shared tags, then category, and never returns unrelated entries', () => {
    const current = mk('a', ['征信', '逾期']);
    const all = [current, mk('b', ['征信', '逾期']), mk('c', ['征信'], 'action'), mk('d', ['无关'], 'action'), mk('e', ['无关'])];
    expect(createRelatedFinder(all)(current).map((e) => e.id)).toEqual(['b', 'c', 'e']);
  });

  it('picks what scoring every pair would pick, on random sites', () => {
    const tags = ['征信', '逾期', '起诉', '家人', '协商'];
    const entry = fc.record({
      tags: fc.uniqueArray(fc.constantFrom(...tags), { maxLength: 3 }),
      category: fc.constantFrom('rights', 'action', 'process'),
      published: fc.constantFrom('2026-11-01', '2026-11-29', '2026-12-01'),
    });
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 30 }), fc.nat(), (raw, pick) => {
        const all = raw.map((data, i) => ({ id: `a${i}`, data }));
        const current = all[pick % all.length]!;
        const pairwise = all
          .filter((e) => e.id !== current.id)
          .map((e) => ({ e, score: e.data.tags.filter((t) => current.data.tags.includes(t)).length * 2 + (e.data.category === current.data.category ? 1 : 0) }))
          .filter((x) => x.score > 0)
          .sort((a, b) => b.score - a.score || b.e.data.published.localeCompare(a.e.data.published) || a.e.id.localeCompare(b.e.id))
          .slice(0, 4)
          .map((x) => x.e.id);
        expect(createRelatedFinder(all)(current).map((e) => e.id)).toEqual(pairwise);
      }),
    );
  });
});

describe('listStaleReviews', () => {
  it('lists entries reviewed more than N months ago', () => {
    const entries = [
      { id: 'fresh', reviewed: '2026-06-01' },
      { id: 'edge', reviewed: '2025-11-29' },
      { id: 'old', reviewed: '2025-11-28' },
    ];
    expect(listStaleReviews(entries, '2026-11-29', 12).map((e) => e.id)).toEqual(['old']);
  });
});

describe('formatDateZh', () => {
  it('keeps partial dates to their precision', () => {
    expect(formatDateZh('2026-11-29')).toBe('2026年11月29日');
    expect(formatDateZh('2022-12')).toBe('2022年12月');
    expect(formatDateZh('2011')).toBe('2011年');
  });
});
