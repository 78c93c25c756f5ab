import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toText } from 'hast-util-to-text';
import type { Segmenter } from './segmenter.ts';

/** What the search shows and filters on, read from data-search-* attributes. */
export interface PageMeta {
  url: string;
  title: string;
  summary: string;
  kind: string;
  category?: string;
  tags: string[];
  processes: string[];
}

const BLOCKS = new Set(['p', 'li', 'dt', 'dd', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'caption', 'figcaption', 'summary', 'pre']);
const DROP = new Set(['script', 'style', 'template', 'noscript', 'svg', 'button', 'select', 'input', 'textarea', 'form']);

const hasBlock = (node: Element): boolean =>
  node.children.some((c) => c.type === 'element' && (BLOCKS.has(c.tagName) || hasBlock(c)));

const attr = (v: unknown) => (Array.isArray(v) ? v.join(' ') : v === undefined || v === null ? '' : String(v));

/**
 * Rewrites the indexed part of a built page for Pagefind: the same headings (with
 * their ids, for sub-results) and blocks, but each block's text replaced by our
 * segmentation. Blocks are flattened so a word split across inline tags stays whole.
 */
export function toIndexHtml(body: Element, meta: PageMeta, segmenter: Segmenter, weight = 1): string {
  const out: ElementContent[] = [];
  const emit = (tag: string, text: string, id?: string) => {
    const value = segmenter.indexText(text.replace(/\s+/g, ' ').trim());
    if (!value) return;
    out.push({ type: 'element', tagName: tag, properties: id ? { id } : {}, children: [{ type: 'text', value }] });
  };
  const walk = (node: Element) => {
    for (const child of node.children) {
      if (child.type === 'text') emit('p', child.value);
      if (child.type !== 'element') continue;
      if (DROP.has(child.tagName) || child.properties?.dataPagefindIgnore !== undefined || child.properties?.hidden) continue;
      if (BLOCKS.has(child.tagName) && !hasBlock(child)) {
        emit(/^h[1-6]$/.test(child.tagName) ? child.tagName : 'p', toText(child), child.properties?.id ? attr(child.properties.id) : undefined);
      } else walk(child);
    }
  };
  walk(body);
  const head: ElementContent[] = [
    { type: 'element', tagName: 'title', properties: {}, children: [{ type: 'text', value: meta.title }] },
    { type: 'element', tagName: 'meta', properties: { dataPagefindMeta: 'title[content]', content: meta.title }, children: [] },
    { type: 'element', tagName: 'meta', properties: { dataPagefindMeta: 'summary[content]', content: meta.summary }, children: [] },
    { type: 'element', tagName: 'meta', properties: { dataPagefindMeta: 'kind[content]', content: meta.kind }, children: [] },
    { type: 'element', tagName: 'meta', properties: { dataPagefindFilter: 'kind[content]', content: meta.kind }, children: [] },
  ];
  if (meta.category) head.push({ type: 'element', tagName: 'meta', properties: { dataPagefindFilter: 'category[content]', content: meta.category }, children: [] });
  for (const tag of meta.tags) head.push({ type: 'element', tagName: 'meta', properties: { dataPagefindFilter: 'tag[content]', content: tag }, children: [] });
  for (const p of meta.processes) head.push({ type: 'element', tagName: 'meta', properties: { dataPagefindFilter: 'process[content]', content: p }, children: [] });
  const titleBlock: ElementContent = {
    type: 'element',
    tagName: 'h1',
    properties: {},
    children: [{ type: 'text', value: segmenter.indexText(meta.title) }],
  };
  const tree: Root = {
    type: 'root',
    children: [
      {
        type: 'element',
        tagName: 'html',
        properties: { lang: 'und' },
        children: [
          { type: 'element', tagName: 'head', properties: {}, children: head },
          {
            type: 'element',
            tagName: 'body',
            properties: {},
            children: [
              {
                type: 'element',
                tagName: 'main',
                properties: { dataPagefindBody: '', ...(weight !== 1 ? { dataPagefindWeight: String(weight) } : {}) },
                children: [titleBlock, ...out.filter((n) => !(n.type === 'element' && n.tagName === 'h1'))],
              },
            ],
          },
        ],
      },
    ],
  };
  return `<!doctype html>${toHtml(tree)}`;
}
