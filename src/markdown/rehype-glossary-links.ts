import type { Element, ElementContent, Root, Text } from 'hast';
import type { VFile } from 'vfile';
import { glossaryPath } from '../utils/paths.ts';
import { readGlossaryEntries } from '../content-files.ts';
import type { GlossaryEntry } from '../schemas/glossary.ts';

/** Elements whose text is never turned into a term link. */
const SKIP = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'sup', 'script', 'style', 'button', 'label']);

export interface TermMatcher {
  pattern: RegExp;
  idFor: Map<string, string>;
}

/** Builds one alternation regex over every term and alias, longest first, so 上门催收 wins over 催收. */
export function buildTermMatcher(entries: readonly GlossaryEntry[]): TermMatcher | null {
  const idFor = new Map<string, string>();
  for (const entry of entries) {
    for (const word of [entry.term, ...entry.aliases]) {
      if (word.length >= 2 && !idFor.has(word)) idFor.set(word, entry.id);
    }
  }
  if (idFor.size === 0) return null;
  const words = [...idFor.keys()].sort((a, b) => b.length - a.length);
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return { pattern: new RegExp(escaped.join('|'), 'g'), idFor };
}

/**
 * Links the first occurrence of each glossary term (or alias) in a page to its entry
 * on /glossary/. Headings, links, code and citation markers are left alone.
 * Pure over the tree: exported for the unit tests.
 */
export function linkGlossaryTerms(tree: Root | Element, matcher: TermMatcher, hrefFor: (id: string) => string): void {
  const linked = new Set<string>();
  const walk = (node: Root | Element) => {
    const next: (ElementContent | Root['children'][number])[] = [];
    for (const child of node.children) {
      if (child.type === 'element') {
        if (!SKIP.has(child.tagName)) walk(child);
        next.push(child);
      } else if (child.type === 'text') {
        next.push(...splitText(child, matcher, linked, hrefFor));
      } else {
        next.push(child);
      }
    }
    node.children = next as typeof node.children;
  };
  walk(tree);
}

function splitText(node: Text, matcher: TermMatcher, linked: Set<string>, hrefFor: (id: string) => string): ElementContent[] {
  const out: ElementContent[] = [];
  const text = node.value;
  let last = 0;
  matcher.pattern.lastIndex = 0;
  for (const match of text.matchAll(matcher.pattern)) {
    const id = matcher.idFor.get(match[0])!;
    if (linked.has(id)) continue;
    linked.add(id);
    const start = match.index!;
    if (start > last) out.push({ type: 'text', value: text.slice(last, start) });
    out.push({
      type: 'element',
      tagName: 'a',
      properties: { href: hrefFor(id) },
      children: [{ type: 'text', value: match[0] }],
    });
    last = start + match[0].length;
  }
  if (last === 0) return [node];
  if (last < text.length) out.push({ type: 'text', value: text.slice(last) });
  return out;
}

const isArticle = (path: string | undefined) => !!path && /[\\/]articles[\\/][^\\/]+\.mdx?$/.test(path);

/** Rehype plugin: glossary links in articles only (templates and pages are left as written). */
export function rehypeGlossaryLinks() {
  let matcher: TermMatcher | null | undefined;
  return (tree: Root, file: VFile) => {
    if (!isArticle(file.path)) return;
    matcher ??= buildTermMatcher(readGlossaryEntries());
    if (matcher) linkGlossaryTerms(tree, matcher, glossaryPath);
  };
}
