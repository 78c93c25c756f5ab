import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildExcerpt, cleanIndexedText } from '@/search/shared/build-excerpt';
import { buildT2sMap } from '@/search/build/build-t2s-map';
import { generateDistractors } from '../helpers/generate-distractors';
import { loadLexicon } from '@/search/build/load-lexicon';
import { parseQuery } from '@/search/shared/parse-query';
import { runSearch, type PagefindLike, type PagefindResult } from '@/search/shared/run-search';
import { createSegmenter } from '@/search/shared/segmenter';
import { omitDerivableWords } from '@/search/shared/omit-derivable-words';
import { restoreLexiconWords } from '@/search/shared/restore-lexicon-words';

const lexicon = loadLexicon('content');
lexicon.t2s = buildT2sMap('征信债务催收电话上门转让逾期务债');
const seg = createSegmenter(lexicon);

describe('shared segmentation', () => {
  it.each([
    ['上门催收', ['上门催收']],
    ['催收', ['催收']],
    ['征信', ['征信']],
    ['爆通讯录', ['爆通讯录']],
    ['停息挂账', ['停息挂账']],
    ['支付令', ['支付令']],
    ['紧急联系人', ['紧急联系人']],
  ])('keeps the domain word %s whole', (text, expected) => {
    expect(seg.tokenize(text)).toEqual(expected);
  });

  it('prefers domain words where ICU cuts across them', () => {
    expect(seg.tokenize('催收取证')).toEqual(['催收', '取证']);
  });

  it('never invents a domain word across real word boundaries', () => {
    expect(seg.tokenize('特征信息')).not.toContain('征信');
    expect(seg.tokenize('税费征收信息')).not.toContain('征信');
  });

  it('splits Latin letters and digits mixed with Chinese', () => {
    expect(seg.tokenize('M1阶段')).toContain('m1');
    expect(seg.tokenize('APP催收')).toEqual(expect.arrayContaining(['app', '催收']));
    expect(seg.tokenize('GB/T 45251—2025')).toEqual(['gb', 't', '45251', '2025']);
  });

  it('reads traditional characters as simplified', () => {
    expect(seg.tokenize('徵信')).toEqual(['征信']);
    expect(seg.tokenize('債務')).toEqual(seg.tokenize('债务'));
    expect(seg.tokenize('催收電話')).toEqual(seg.tokenize('催收电话'));
  });

  it('splits a word the same way inside a sentence and on its own', () => {
    fc.assert(
      fc.property(fc.constantFrom(...lexicon.words.filter((w) => /^\p{Script=Han}+$/u.test(w))), fc.constantFrom('。', '，', '：', '（'), (word, punct) => {
        expect(seg.tokenize(`说明${punct}${word}${punct}完毕`)).toContain(seg.normalize(word));
      }),
      { numRuns: 300 },
    );
  });

  it('indexes sub-words and synonyms so they match, marked so excerpts can drop them', () => {
    const indexed = seg.indexText('他们上门催收。');
    expect(indexed).toContain('上门催收');
    expect(indexed).toContain('⟦催收⟧');
    expect(indexed).toContain('⟦外访⟧');
    expect(cleanIndexedText(indexed)).toBe('他们上门催收。');
  });

  it('drops question words from queries unless nothing else is left', () => {
    expect(seg.queryTokens('征信多久消除')).toEqual(['征信', '消除']);
    expect(seg.queryTokens('怎么')).toEqual(['怎么']);
  });
});

describe('excerpts', () => {
  it('restores readable text from indexed text', () => {
    expect(cleanIndexedText('GB / T 45251 — 2025 ⟦标准⟧ 要求 ， 晚上 22 点')).toBe('GB/T 45251—2025要求，晚上22点');
    expect(cleanIndexedText('read the docs')).toBe('read the docs');
  });

  it('highlights every matched term inside a window', () => {
    const parts = buildExcerpt('开头很长的一段话。催收人员上门催收时，你可以不开门，也可以报警。', ['上门催收', '报警'], 40);
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['上门催收', '报警']);
  });
});

describe('queries', () => {
  it('separates quoted phrases from free words', () => {
    expect(parseQuery('"上门催收" 时间')).toEqual({ free: '时间', phrases: ['上门催收'] });
    expect(parseQuery('“停息挂账”')).toEqual({ free: '', phrases: ['停息挂账'] });
    expect(parseQuery('"未闭合')).toEqual({ free: '未闭合', phrases: [] });
  });
});

describe('runSearch', () => {
  // A fake index built with the real segmenter; every search term must match a word
  // of the page (Pagefind's AND), by prefix.
  const pages: Record<string, string> = {
    '/a/': '上门催收的时间规则',
    '/b/': '上门催收的流程',
    '/c/': '征信记录的删除',
  };
  const wordsOf = (text: string) => seg.indexText(text).replace(/[⟦⟧]/g, '').split(' ');
  const fake: PagefindLike = {
    async search(term) {
      const terms = term.split(' ');
      const results: PagefindResult[] = Object.entries(pages)
        .filter(([, text]) => terms.every((t) => wordsOf(text).some((w) => w.startsWith(t))))
        .map(([url, text]) => ({
          id: url,
          score: 1,
          data: async () => ({ url, content: seg.indexText(text), meta: { title: url, kind: '文章' } }),
        }));
      return { results };
    },
  };

  it('is deterministic: equal scores are ordered by URL', async () => {
    const r = await runSearch({ pagefind: fake, segmenter: seg, query: '上门催收' });
    expect(r.hits.map((h) => h.url)).toEqual(['/a/', '/b/']);
  });

  it('falls back to pages matching most words when none matches all', async () => {
    const r = await runSearch({ pagefind: fake, segmenter: seg, query: '征信多久消除' });
    expect(r.partial).toBe(true);
    expect(r.hits[0]!.url).toBe('/c/');
  });

  it('keeps only pages containing a quoted phrase verbatim', async () => {
    const r = await runSearch({ pagefind: fake, segmenter: seg, query: '"上门催收的流程"' });
    expect(r.hits.map((h) => h.url)).toEqual(['/b/']);
  });

  it('returns nothing for an empty or punctuation-only query', async () => {
    expect((await runSearch({ pagefind: fake, segmenter: seg, query: '  ' })).hits).toEqual([]);
    expect((await runSearch({ pagefind: fake, segmenter: seg, query: '？？！' })).hits).toEqual([]);
  });
});

describe('readers and institutions (issue #12)', () => {
  /** A fake index whose pages have titles; a page matches when it has every term as a word. */
  const fakeWithTitles = (pages: { url: string; title: string; text: string }[]): PagefindLike => ({
    async search(term) {
      const terms = term.split(' ');
      const words = (text: string) => seg.indexText(text).replace(/[⟦⟧]/g, '').split(' ');
      const results: PagefindResult[] = pages
        .filter((p) => terms.every((t) => words(`${p.title}。${p.text}`).includes(t)))
        .map((p) => ({
          id: p.url,
          // The page about one lender repeats the words most, so Pagefind ranks it first.
          score: p.url === '/lender/' ? 2 : 1,
          data: async () => ({ url: p.url, content: seg.indexText(`${p.title}。${p.text}`), meta: { title: p.title, kind: '文章' } }),
        }));
      return { results };
    },
  });
  const pagefind = fakeWithTitles([
    { url: '/lender/', title: '中银消费金融：催收电话与投诉', text: '中银消费金融的催收电话太多。催收电话可以投诉。' },
    { url: '/hours/', title: '催收电话一天能打几次？', text: '催收电话有时间和次数的限制。' },
  ]);

  it('puts a page about one institution after the general answer unless the query names it', async () => {
    const institutions = ['中银消费金融'];
    const generic = await runSearch({ pagefind, segmenter: seg, query: '催收电话', institutions });
    expect(generic.hits.map((h) => h.url)).toEqual(['/hours/', '/lender/']);
    const named = await runSearch({ pagefind, segmenter: seg, query: '中银消费金融 催收电话', institutions });
    expect(named.hits[0]!.url).toBe('/lender/');
    const withoutList = await runSearch({ pagefind, segmenter: seg, query: '催收电话' });
    expect(withoutList.hits[0]!.url).toBe('/lender/');
    // A title naming two institutions is a comparison, not a page about one of them.
    const comparison = await runSearch({ pagefind, segmenter: seg, query: '催收电话', institutions: ['中银消费金融', '催收电话'] });
    expect(comparison.hits[0]!.url).toBe('/lender/');
  });

  it('keeps a reader word the pages use as typed, with the site word as its variant', () => {
    const withVariants = createSegmenter({ ...lexicon, readerWords: { 滞纳金: '罚息' } });
    expect(withVariants.queryTokens('滞纳金')).toEqual(['滞纳金']);
    expect(withVariants.variantsOf('滞纳金')).toContain('罚息');
    expect(withVariants.variantsOf('罚息')).not.toContain('滞纳金');
  });

  it('treats particles and scaffolding as no part of a missing name', () => {
    expect(seg.queryTokens('收到律师的信说要告我')).not.toContain('说');
    expect(seg.queryTokens('诉讼时效三年从什么时候开始算')).toEqual(['诉讼时效', '三年']);
  });

  it('writes fewer domain words to the browser and restores the same set there', () => {
    const compact = omitDerivableWords(lexicon);
    expect(compact.words.length).toBeLessThan(lexicon.words.length / 2);
    expect(new Set(restoreLexiconWords(compact).words)).toEqual(new Set(lexicon.words));
  });

  it('writes the synonym groups and the traditional characters compactly and restores them', () => {
    const compact = omitDerivableWords(lexicon);
    expect(compact.synonyms.length).toBeLessThan(lexicon.synonyms.length);
    const restored = restoreLexiconWords(compact);
    expect(new Set(restored.synonyms.map((g) => g.join('|')))).toEqual(new Set(lexicon.synonyms.map((g) => g.join('|'))));
    expect(restored.t2s).toEqual(lexicon.t2s);
    expect(createSegmenter(restored).normalize('徵信債務')).toBe('征信债务');
  });
});

describe('distractor corpus', () => {
  it('is deterministic and full of near-miss words, not the real ones', () => {
    const a = generateDistractors(50);
    expect(generateDistractors(50)).toEqual(a);
    const text = a.map((p) => p.title + p.text).join('');
    expect(/催促|收件|上门服务|征收|信息|通讯/.test(text)).toBe(true);
    // Characters of real words may sit side by side (支付|令人满意), but never as the word.
    const tokens = new Set(a.flatMap((p) => seg.tokenize(p.title + p.text)));
    for (const word of ['上门催收', '爆通讯录', '停息挂账', '支付令', '征信', '催收']) expect(tokens.has(word), word).toBe(false);
  });
});

describe('no-results suggestions', () => {
  it('offers the glossary terms closest to the query', async () => {
    const { suggestTerms } = await import('@/search/shared/suggest-terms');
    const glossary = [
      { id: 'zhifuling', term: '支付令', aliases: [] },
      { id: 'waifang', term: '外访', aliases: ['上门催收'] },
      { id: 'hexiao', term: '核销', aliases: [] },
    ];
    expect(suggestTerms('上门要账', glossary).map((t) => t.id)).toEqual(['waifang']);
    expect(suggestTerms('支付命令', glossary)[0]!.id).toBe('zhifuling');
    expect(suggestTerms('？？', glossary)).toEqual([]);
  });
});
