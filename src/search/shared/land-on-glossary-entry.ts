import type { GlossaryEntry } from '../../schemas/glossary.ts';
import { cleanIndexedText } from './build-excerpt.ts';
import type { Segmenter } from './segmenter.ts';

/**
 * A query answered by one glossary entry lands on that entry (/glossary/#zhifuling)
 * with its definition as the excerpt, instead of the top of a 50-term page.
 */

/** The entry whose term or an alias is one of the query's words (the longest if several), or null. */
export function findGlossaryEntry(tokens: readonly string[], glossary: readonly GlossaryEntry[], segmenter: Segmenter): GlossaryEntry | null {
  const wanted = new Set(tokens.flatMap((t) => segmenter.variantsOf(t)));
  let best: { entry: GlossaryEntry; length: number } | null = null;
  for (const entry of glossary) {
    for (const word of [entry.term, ...entry.aliases]) {
      const norm = segmenter.normalize(word);
      if (wanted.has(norm) && (!best || norm.length > best.length)) best = { entry, length: norm.length };
    }
  }
  return best?.entry ?? null;
}

export interface AnchoredFragment {
  content: string;
  anchors?: { id: string; location: number }[];
}

/**
 * The text of one entry's section in the glossary page's fragment: from its heading's
 * anchor (`<id>-term`, see glossary/index.astro) to the next anchor, without the term
 * and the “也叫：…” line. Null when the fragment has no such anchor.
 */
export function readGlossaryDefinition(fragment: AnchoredFragment, entry: GlossaryEntry): string | null {
  const anchors = [...(fragment.anchors ?? [])].sort((a, b) => a.location - b.location);
  const i = anchors.findIndex((a) => a.id === `${entry.id}-term`);
  if (i === -1) return null;
  const words = fragment.content.split(/\s+/);
  const end = anchors[i + 1]?.location ?? words.length;
  const text = cleanIndexedText(words.slice(anchors[i]!.location, end).join(' '));
  const definition = text
    .replace(entry.term, '')
    .replace(/^[。.\s]*/, '')
    .replace(/^也叫：[^。]*。/, '')
    .trim();
  return definition || null;
}
