import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { QUESTION_SEPARATOR } from '../shared/pick-question.ts';
import { INJECT_CLOSE, INJECT_OPEN, type Segmenter } from '../shared/segmenter.ts';

/** What the search shows and filters on, read from data-search-* attributes. */
export interface PageMeta {
  url: string;
  title: string;
  summary: string;
  kind: string;
  category?: string;
  tags: string[];
  /** Extra words to match on, weighted like tags but not offered as a filter. */
  keywords: string[];
  processes: string[];
  /** Readers' own phrasings of the page's question (article frontmatter `questions:`). */
  questions?: string[];
}

const BLOCKS = new Set(['p', 'li', 'dt', 'dd', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'caption', 'figcaption', 'summary', 'pre']);
const DROP = new Set(['script', 'style', 'template', 'noscript', 'svg', 'button', 'select', 'input', 'textarea', 'form']);

/** Not indexed: controls, hidden parts, data-pagefind-ignore, and citation markers ([3]). */
const ignored = (node: Element) =>
  DROP.has(node.tagName) ||
  node.properties?.dataPagefindIgnore !== undefined ||
  node.properties?.hidden !== undefined ||
  (node.tagName === 'sup' && String(node.properties?.className ?? '').includes('cite'));

/** Text a reader sees in the element, minus ignored parts (citation markers, buttons…). */
function visibleText(node: Element): string {
  let text = '';
  for (const child of node.children) {
    if (child.type === 'text') text += child.value;
    else if (child.type === 'element' && !ignored(child)) text += visibleText(child);
  }
  return text;
}

const hasBlock = (node: Element): boolean => node.children.some((c) => c.type === 'element' && (BLOCKS.has(c.tagName) || hasBlock(c)));

const attr = (v: unknown) => (Array.isArray(v) ? v.join(' ') : v === undefined || v === null ? '' : String(v));

/** Relative weight of each kind of block; multiplied by the page's own weight. */
export const BLOCK_WEIGHTS = { h1: 10, h2: 5, h3: 4, h4: 3, h5: 2, h6: 2, tags: 6, p: 1 } as const;

/**
 * Weight of the words of the readers' questions (frontmatter `questions:`): above body
 * text, below tags and the short answer.
 */
export const QUESTION_WEIGHT = 2;

/** Weight of sub-words and synonyms relative to the block they come from. */
export const EXTRA_WEIGHT = 0.4;

const fmt = (w: number) => String(Math.round(Math.min(10, w) * 100) / 100);

/**
 * Rewrites the indexed part of a built page for Pagefind: the same headings (with
 * their ids, for sub-results) and blocks, but each block's text replaced by our
 * segmentation. Blocks are flattened so a word split across inline tags stays whole.
 */
export function toIndexHtml(body: Element, meta: PageMeta, segmenter: Segmenter, pageWeight = 1): string {
  const out: ElementContent[] = [];
  /** `matchOnly`: the words are matched at this weight but never shown in an excerpt. */
  const emit = (tag: string, text: string, weight: number, id?: string, matchOnly = false) => {
    const { words, extras } = segmenter.indexParts(text.replace(/\s+/g, ' ').trim());
    if (!words) return;
    const properties: Record<string, string> = { dataPagefindWeight: fmt(weight) };
    if (id) properties.id = id;
    const value = matchOnly ? `${INJECT_OPEN}${words}${INJECT_CLOSE}` : words;
    out.push({ type: 'element', tagName: tag, properties, children: [{ type: 'text', value }] });
    // Sub-words and synonyms match too, but count for less than the words on the page.
    if (extras)
      out.push({ type: 'element', tagName: 'p', properties: { dataPagefindWeight: fmt(weight * EXTRA_WEIGHT) }, children: [{ type: 'text', value: extras }] });
  };
  // A block's weight: its heading level, or a data-pagefind-weight set on it or an ancestor.
  const walk = (node: Element, inherited: number) => {
    for (const child of node.children) {
      if (child.type === 'text') emit('p', child.value, inherited * pageWeight);
      if (child.type !== 'element' || ignored(child)) continue;
      const own = child.properties?.dataPagefindWeight;
      const weight = own !== undefined ? Number(own) : inherited;
      if (BLOCKS.has(child.tagName) && !hasBlock(child)) {
        const heading = /^h[1-6]$/.test(child.tagName) ? (child.tagName as keyof typeof BLOCK_WEIGHTS) : null;
        if (heading === 'h1') continue; // the title is emitted once, below
        emit(
          heading ?? 'p',
          visibleText(child),
          (heading ? BLOCK_WEIGHTS[heading] : weight) * pageWeight,
          child.properties?.id ? attr(child.properties.id) : undefined,
        );
      } else walk(child, weight);
    }
  };
  walk(body, BLOCK_WEIGHTS.p);
  const head: ElementContent[] = [
    { type: 'element', tagName: 'title', properties: {}, children: [{ type: 'text', value: meta.title }] },
    { type: 'element', tagName: 'meta', properties: { dataPagefindMeta: 'title[content]', content: meta.title }, children: [] },
    { type: 'element', tagName: 'meta', properties: { dataPagefindMeta: 'summary[content]', content: meta.summary }, children: [] },
    { type: 'element', tagName: 'meta', properties: { dataPagefindMeta: 'kind[content]', content: meta.kind }, children: [] },
    { type: 'element', tagName: 'meta', properties: { dataPagefindFilter: 'kind[content]', content: meta.kind }, children: [] },
  ];
  if (meta.category)
    head.push({ type: 'element', tagName: 'meta', properties: { dataPagefindFilter: 'category[content]', content: meta.category }, children: [] });
  for (const tag of meta.tags) head.push({ type: 'element', tagName: 'meta', properties: { dataPagefindFilter: 'tag[content]', content: tag }, children: [] });
  for (const p of meta.processes)
    head.push({ type: 'element', tagName: 'meta', properties: { dataPagefindFilter: 'process[content]', content: p }, children: [] });
  if (meta.questions?.length)
    head.push({
      type: 'element',
      tagName: 'meta',
      properties: { dataPagefindMeta: 'questions[content]', content: meta.questions.join(QUESTION_SEPARATOR) },
      children: [],
    });
  const blocks = out.splice(0);
  // Each content word of the questions once: eight questions that all say 征信 must not
  // count as eight mentions, or a page rich in questions outranks the page about it.
  const questionWords = [...new Set(segmenter.tokenize((meta.questions ?? []).join('，')))].filter(
    (w) => !segmenter.isStopword(w) && !/^\p{Script=Han}$/u.test(w),
  );
  // Word lists (question words, tags) read like keyword stuffing in an excerpt: matched only.
  if (questionWords.length) emit('p', questionWords.join('，'), QUESTION_WEIGHT * pageWeight, undefined, true);
  const questionBlocks = out.splice(0);
  emit('h1', meta.title, BLOCK_WEIGHTS.h1 * pageWeight);
  if (meta.tags.length + meta.keywords.length) emit('p', [...meta.tags, ...meta.keywords].join('，'), BLOCK_WEIGHTS.tags * pageWeight, undefined, true);
  const lead = out.splice(0);
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
            children: [{ type: 'element', tagName: 'main', properties: { dataPagefindBody: '' }, children: [...lead, ...blocks, ...questionBlocks] }],
          },
        ],
      },
    ],
  };
  return `<!doctype html>${toHtml(tree)}`;
}
