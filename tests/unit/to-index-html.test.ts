import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { BLOCK_WEIGHTS, EXTRA_WEIGHT, toIndexHtml, type PageMeta } from '@/search/build/to-index-html';
import { cleanIndexedText } from '@/search/shared/build-excerpt';
import { QUESTION_SEPARATOR } from '@/search/shared/pick-question';
import { createSegmenter } from '@/search/shared/segmenter';

const segmenter = createSegmenter({ words: ['上门催收', '催收'], synonyms: [['上门催收', '外访']], stopwords: [], t2s: {} });
const meta: PageMeta = {
  url: '/x/',
  title: '上门催收怎么办',
  summary: '摘要',
  kind: '文章',
  category: 'rights',
  tags: ['催收'],
  keywords: [],
  processes: ['consumer-loan'],
};
const body = (html: string) => fromHtml(`<main>${html}</main>`, { fragment: true }).children[0] as Element;
const index = (html: string, pageWeight = 1) => toIndexHtml(body(html), meta, segmenter, pageWeight);
/** The indexed body's text, as Pagefind stores it in a fragment's content. */
const toText = (html: string) => [...html.split('<main')[1].matchAll(/>([^<]+)</g)].map((m) => m[1]).join(' ');

describe('the HTML Pagefind indexes', () => {
  it('emits the title once as h1, with the filters and meta Pagefind reads', () => {
    const html = index('<h1>页面里的标题</h1><p>正文</p>');
    expect(html.match(/<h1/g)).toHaveLength(1);
    expect(html).toContain(`data-pagefind-weight="${BLOCK_WEIGHTS.h1}"`);
    expect(html).not.toContain('页面里的标题');
    for (const f of ['kind[content]', 'category[content]', 'tag[content]', 'process[content]']) expect(html).toContain(`data-pagefind-filter="${f}"`);
    expect(html).toContain('data-pagefind-meta="title[content]" content="上门催收怎么办"');
  });

  it('weights headings by level and keeps their ids for sub-results', () => {
    const html = index('<h2 id="a">上门催收</h2><h3 id="b">催收</h3><p>正文</p>');
    expect(html).toMatch(new RegExp(`<h2 data-pagefind-weight="${BLOCK_WEIGHTS.h2}" id="a">`));
    expect(html).toMatch(new RegExp(`<h3 data-pagefind-weight="${BLOCK_WEIGHTS.h3}" id="b">`));
  });

  it('flattens inline tags so a word split across them stays whole, and drops ignored parts', () => {
    const html = index('<p>上门<b>催收</b>的规定<sup class="cite">[1]</sup><button>按钮</button></p><p data-pagefind-ignore>不要索引</p><p hidden>隐藏</p>');
    expect(html).toContain('上门催收');
    expect(html).not.toMatch(/\[1\]|按钮|不要索引|隐藏/);
  });

  it('adds synonyms as a lighter block and multiplies weights by the page weight', () => {
    const html = index('<p>上门催收</p>', 0.5);
    expect(html).toContain('外访');
    expect(html).toContain(`data-pagefind-weight="${BLOCK_WEIGHTS.p * 0.5 * EXTRA_WEIGHT}"`);
    expect(html).toContain(`data-pagefind-weight="${BLOCK_WEIGHTS.h1 * 0.5}"`);
  });

  it('matches the tag list and the question words but keeps them out of the excerpt text', () => {
    const withLists = { ...meta, tags: ['催收', '外访'], keywords: ['信用卡'], questions: ['催收说明天来我家', '上门催收合法吗'] };
    const html = toIndexHtml(body('<p>正文讲规则</p>'), withLists, segmenter);
    const tagBlock = html.match(new RegExp(`<p data-pagefind-weight="${BLOCK_WEIGHTS.tags}">([^<]*)</p>`))?.[1] ?? '';
    expect(tagBlock).toMatch(/^⟦催收 ， .*信用卡⟧$/);
    const text = cleanIndexedText(toText(html));
    expect(text).toContain('正文讲规则');
    expect(text).not.toMatch(/外访|信用卡|明天/);
    // Pagefind turns newlines in meta into spaces; the questions stay apart.
    expect(html).toContain(`content="催收说明天来我家${QUESTION_SEPARATOR}上门催收合法吗"`);
  });
});
