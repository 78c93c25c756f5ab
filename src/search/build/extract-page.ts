import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { PAGE_KINDS } from '../shared/page-kinds.ts';

/** What the indexer needs from one built page, read in one parse (see buildSearchIndex). */
export interface ExtractedPage {
  title: string;
  summary: string;
  kind: string;
  category?: string;
  tags: string[];
  /** Process ids (data-search-processes); the indexer adds their names as keywords. */
  processes: string[];
  weight: number;
  /** The body's text (hast-util-to-text), whose characters (textChars) the t2s and pinyin maps are built from. */
  text: string;
  /**
   * Where the data-pagefind-body element starts and ends in the page's HTML, so the body
   * alone is parsed again when it is segmented; absent if the parser gave no positions.
   */
  range?: [number, number];
  /** The distinct characters of title + text in order of first appearance: the page's share of the corpus's characters. */
  textChars: string;
  /** Every distinct character of the page's HTML: which t2s entries its segmentation may use (see pickT2s). */
  chars: string;
}

export function findElement(node: Element | { children: unknown[] }, test: (e: Element) => boolean): Element | null {
  for (const child of node.children as Element[]) {
    if (child.type !== 'element') continue;
    if (test(child)) return child;
    const found = findElement(child, test);
    if (found) return found;
  }
  return null;
}

export const isIndexedBody = (e: Element) => e.properties?.dataPagefindBody !== undefined;

const split = (v: unknown) =>
  v
    ? String(v)
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];

/** The page's search metadata (data-search-* attributes, meta description) and text; null if it has no data-pagefind-body. */
export function extractPage(html: string): ExtractedPage | null {
  const tree = fromHtml(html);
  const body = findElement(tree, isIndexedBody);
  if (!body) return null;
  const description = findElement(tree, (e) => e.tagName === 'meta' && e.properties?.name === 'description');
  const h1 = findElement(body, (e) => e.tagName === 'h1');
  const start = body.position?.start.offset;
  const end = body.position?.end.offset;
  const title = String(body.properties?.dataSearchTitle ?? (h1 ? toText(h1).trim() : ''));
  const text = toText(body);
  return {
    title,
    summary: String(description?.properties?.content ?? ''),
    kind: String(body.properties?.dataSearchKind ?? PAGE_KINDS.page),
    category: body.properties?.dataSearchCategory ? String(body.properties.dataSearchCategory) : undefined,
    tags: split(body.properties?.dataSearchTags),
    processes: split(body.properties?.dataSearchProcesses),
    weight: Number(body.properties?.dataSearchWeight ?? 1),
    text,
    textChars: [...new Set(title + text)].join(''),
    range: start !== undefined && end !== undefined ? [start, end] : undefined,
    chars: [...new Set(html)].join(''),
  };
}

/**
 * The indexed element of a page again, parsed from its range alone when extractPage
 * found one (half the page or less: no head, header or footer), else from the whole page.
 */
export function parseIndexedBody(html: string, range: [number, number] | undefined): Element {
  const body = range ? findElement(fromHtml(html.slice(range[0], range[1]), { fragment: true }), () => true) : findElement(fromHtml(html), isIndexedBody);
  if (!body) throw new Error('页面里找不到 data-pagefind-body');
  return body;
}
