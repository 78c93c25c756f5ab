import type { PhrasingContent, Root } from 'mdast';
import { findAndReplace } from 'mdast-util-find-and-replace';
import type { VFile } from 'vfile';
import { readSourceIds } from '../utils/read-source-ids.ts';
import { CITATION_PATTERN, type Citation } from './citation-syntax.ts';

interface AstroData {
  astro?: { frontmatter?: Record<string, unknown> };
}

const isArticle = (path: string | undefined) => !!path && /[\\/]articles[\\/][^\\/]+\.mdx?$/.test(path);

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
          if (!citation) {
            citation = { id, number: citations.size + 1, pinpoints: [] };
            citations.set(id, citation);
          }
          const where = pinpoint?.trim();
          if (where && !citation.pinpoints.includes(where)) citation.pinpoints.push(where);
          const label = `[${citation.number}]`;
          // A known node type with data.hName, so mdast-util-to-hast keeps it an element.
          return {
            type: 'emphasis',
            data: { hName: 'sup', hProperties: { className: ['cite'] } },
            children: [
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

    if (unknown.length > 0) {
      throw new Error(`${file.path}: 引用了未知的依据 id：${[...new Set(unknown)].join('、')}。请在 content/sources.yaml 中添加，或改为已有的 id。`);
    }
    if (isArticle(file.path) && citations.size === 0) {
      throw new Error(`${file.path}: 文章没有任何引用。每篇文章至少要用 [@依据id] 引用一处依据。`);
    }
    const data = file.data as AstroData;
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter.citations = [...citations.values()];
  };
}
