import type { PhrasingContent, Root } from 'mdast';
import { findAndReplace } from 'mdast-util-find-and-replace';
import { isArticle, recordFrontmatter } from './plugin-helpers.ts';
import type { VFile } from 'vfile';
import { readSourceIds } from '../utils/read-source-ids.ts';
import { CITATION_PATTERN, type Citation } from './citation-syntax.ts';

/**
 * Turns inline citations into numbered footnote references and records the list in
 * frontmatter (`citations`) for the page's 依据 section. Fails the build, naming the
 * file, on an unknown source id or on an article that cites nothing.
 */
export function remarkCitations() {
  return (tree: Root, file: VFile) => {
    const known = readSourceIds();
    const citations = new Map<string, Citation>();
    const unknown: string[] = [];

    findAndReplace(tree, [
      [
        CITATION_PATTERN,
        (_match: string, id: string, pinpoint: string | undefined): PhrasingContent | false => {
          if (!known.has(id)) {
            unknown.push(id);
            return false;
          }
          let citation = citations.get(id);
          const first = !citation;
          if (!citation) {
            citation = { id, number: citations.size + 1, pinpoints: [] };
            citations.set(id, citation);
          }
          const where = pinpoint?.trim();
          // “第207条、第208条” cites two articles at once; list each once in the 依据 section.
          for (const part of where
            ? where
                .split('、')
                .map((p) => p.trim())
                .filter(Boolean)
            : []) {
            if (!citation.pinpoints.includes(part)) citation.pinpoints.push(part);
          }
          const label = `[${citation.number}]`;
          // A known node type with data.hName, so mdast-util-to-hast keeps it an element.
          // The first marker of a source is where its entry in 依据 links back to. A word joiner
          // keeps the marker on the line of the word before it (never alone on a line).
          return {
            type: 'emphasis',
            data: { hName: 'sup', hProperties: { className: ['cite'], ...(first ? { id: `cite-${citation.number}` } : {}) } },
            children: [
              { type: 'text', value: '\u2060' },
              {
                type: 'link',
                url: `#source-${citation.number}`,
                data: { hProperties: { ariaLabel: `依据${citation.number}${where ? `，${where}` : ''}` } },
                children: [{ type: 'text', value: label }],
              },
            ],
          };
        },
      ],
    ]);

    mergeRepeatedMarkers(tree);
    if (unknown.length > 0) {
      throw new Error(`${file.path}: 引用了未知的依据 id：${[...new Set(unknown)].join('、')}。请在 content/sources.yaml 中添加，或改为已有的 id。`);
    }
    if (isArticle(file.path) && citations.size === 0) {
      throw new Error(`${file.path}: 文章没有任何引用。每篇文章至少要用 [@依据id] 引用一处依据。`);
    }
    recordFrontmatter(file, 'citations', [...citations.values()]);
    // An article that embeds the calculator does not need the sidebar's link to it.
    recordFrontmatter(file, 'embedsTimeline', embedsComponent(tree, 'StageTimeline'));
  };
}

/** Whether the MDX tree uses the named component (<StageTimeline … />) anywhere. */
function embedsComponent(node: { type: string; name?: unknown; children?: unknown[] }, name: string): boolean {
  if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === name) return true;
  return (node.children ?? []).some((child) => embedsComponent(child as typeof node, name));
}

type Cite = {
  type: 'emphasis';
  data?: { hName?: string; hProperties?: Record<string, unknown> };
  children: { type: string; url?: string; data?: { hProperties?: { ariaLabel?: string } } }[];
};
const isCite = (node: unknown): node is Cite => (node as Cite)?.type === 'emphasis' && (node as Cite).data?.hName === 'sup';
const citeLink = (cite: Cite) => cite.children.find((c) => c.type === 'link')!;

/**
 * Two markers of one source side by side (“[9][9]”, from citing two articles of one law in a
 * sentence) read like a bug: they become one marker whose label names both articles.
 */
function mergeRepeatedMarkers(node: { children?: unknown[] }): void {
  const children = node.children;
  if (!children) return;
  for (let i = children.length - 1; i > 0; i--) {
    const here = children[i];
    const before = children[i - 1];
    if (!isCite(here) || !isCite(before) || citeLink(here).url !== citeLink(before).url) continue;
    const label = (cite: Cite) => citeLink(cite).data?.hProperties?.ariaLabel ?? '';
    const extra = label(here).split('，').slice(1).join('，');
    const merged = citeLink(before);
    if (extra && merged.data?.hProperties) merged.data.hProperties.ariaLabel = `${label(before)}、${extra}`;
    children.splice(i, 1);
  }
  for (const child of children) mergeRepeatedMarkers(child as { children?: unknown[] });
}
