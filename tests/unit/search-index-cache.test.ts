import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPage, parseIndexedBody } from '@/search/build/extract-page';
import { fingerprintSearchCode, fingerprintSegmentation, pickT2s } from '@/search/build/fingerprint-search';
import { packDirectory, unpackDirectory } from '@/search/build/pack-directory';
import { toIndexHtml } from '@/search/build/to-index-html';
import type { SearchLexicon } from '@/search/shared/lexicon';
import { createSegmenter } from '@/search/shared/segmenter';

const lexicon: SearchLexicon = {
  words: ['上门催收', '催收', '征信'],
  synonyms: [['上门催收', '外访']],
  stopwords: ['怎么办'],
  t2s: { 徵: '征', 債: '债' },
  readerWords: { 说脏话: '辱骂' },
};
const code = fingerprintSearchCode();
const key = (change: Partial<SearchLexicon>, c = code) => fingerprintSegmentation(c, { ...lexicon, ...change });

describe('the cache key of a page’s Pagefind input', () => {
  it('changes when the domain words, synonyms, stopwords or the code change', () => {
    const base = key({});
    expect(key({})).toBe(base);
    expect(key({ words: [...lexicon.words, '支付令'] })).not.toBe(base);
    expect(key({ synonyms: [['上门催收', '外访', '家访']] })).not.toBe(base);
    expect(key({ stopwords: ['怎么办', '会不会'] })).not.toBe(base);
    expect(key({}, `${code}x`)).not.toBe(base);
  });

  it('ignores what the index never reads: reader words, and t2s entries no page or word uses', () => {
    const base = key({});
    expect(key({ readerWords: { 作保: '担保', 老公: '配偶' } })).toBe(base);
    expect(key({ t2s: { ...lexicon.t2s, 這: '这' } })).toBe(base);
    // …but an entry a word of the lexicon is normalised with does count.
    expect(key({ words: [...lexicon.words, '徵信'] })).not.toBe(key({ words: [...lexicon.words, '徵信'], t2s: { 債: '债' } }));
  });

  it('holds the t2s entries of the page’s own characters, after NFKC and lower case', () => {
    expect(pickT2s(lexicon.t2s, '查徵信，问債务')).toEqual([
      ['債', '债'],
      ['徵', '征'],
    ]);
    expect(pickT2s(lexicon.t2s, '查征信')).toEqual([]);
    // A compatibility form normalises to the character the segmenter looks up.
    expect(pickT2s({ a: 'b' }, 'Ａ')).toEqual([['a', 'b']]);
  });

  it('the code fingerprint is a SHA-256 of the search code, the same on every call', () => {
    expect(code).toMatch(/^[0-9a-f]{64}$/);
    expect(fingerprintSearchCode()).toBe(code);
  });
});

describe('reading a built page for the index', () => {
  const page = `<!doctype html><html lang="zh-CN"><head><meta name="description" content="简短回答"><title>x</title></head><body>
<header><nav><a href="/">首页</a></nav></header>
<main data-pagefind-body data-search-kind="文章" data-search-tags="催收, 上门" data-search-processes="consumer-loan" data-search-weight="2">
<h1>催收上门怎么办</h1><p>上门催收要<b>保留</b>证据<sup class="cite">[1]</sup>。</p><ul><li>报警</li></ul></main>
<footer>页脚</footer></body></html>`;

  it('reads the metadata, the text and where the body is', () => {
    const p = extractPage(page)!;
    expect(p).toMatchObject({ title: '催收上门怎么办', summary: '简短回答', kind: '文章', tags: ['催收', '上门'], processes: ['consumer-loan'], weight: 2 });
    expect(p.text).toContain('保留证据');
    expect(p.text).not.toContain('页脚');
    expect(page.slice(...p.range!)).toMatch(/^<main data-pagefind-body[\s\S]*<\/main>$/);
    expect(p.textChars).toBe([...new Set(p.title + p.text)].join(''));
    expect(extractPage('<html><body><p>没有正文标记</p></body></html>')).toBeNull();
  });

  it('segments the body parsed from its range exactly as the body of the whole page', () => {
    const segmenter = createSegmenter(lexicon);
    const meta = { url: '/x/', title: '催收上门怎么办', summary: '', kind: '文章', tags: [], keywords: [], processes: [] };
    const p = extractPage(page)!;
    expect(toIndexHtml(parseIndexedBody(page, p.range), meta, segmenter)).toBe(toIndexHtml(parseIndexedBody(page, undefined), meta, segmenter));
    expect(() => parseIndexedBody('<p>无</p>', undefined)).toThrow('data-pagefind-body');
  });
});

describe('a Pagefind index as one cache entry', () => {
  it('unpacks to the same files', () => {
    const from = mkdtempSync(join(tmpdir(), 'kb-pack-'));
    const to = mkdtempSync(join(tmpdir(), 'kb-unpack-'));
    try {
      mkdirSync(join(from, 'fragment'));
      writeFileSync(join(from, 'pagefind-entry.json'), '{"version":"1"}');
      writeFileSync(join(from, 'fragment', 'und_1.pf_fragment'), Buffer.from([0, 1, 2, 255]));
      writeFileSync(join(from, '空.txt'), '');
      unpackDirectory(packDirectory(from), to);
      expect(readFileSync(join(to, 'pagefind-entry.json'), 'utf8')).toBe('{"version":"1"}');
      expect([...readFileSync(join(to, 'fragment', 'und_1.pf_fragment'))]).toEqual([0, 1, 2, 255]);
      expect(readFileSync(join(to, '空.txt'), 'utf8')).toBe('');
      expect(packDirectory(to).equals(packDirectory(from))).toBe(true);
    } finally {
      rmSync(from, { recursive: true, force: true });
      rmSync(to, { recursive: true, force: true });
    }
  });
});
