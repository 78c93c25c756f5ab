import { INJECT_CLOSE, INJECT_OPEN } from './segmenter.ts';

const INJECTED = new RegExp(`\\s*${INJECT_OPEN}[^${INJECT_CLOSE}]*${INJECT_CLOSE}`, 'g');

/**
 * Turns indexed text back into readable text: marked sub-words and synonyms are
 * removed, and the spaces the segmenter put between words are dropped except
 * between two Latin letters or digits (where they were real spaces).
 */
export function cleanIndexedText(text: string): string {
  return (
    text
      .replace(INJECTED, '')
      // Pagefind ends a block that has no closing punctuation with ". ".
      .replace(/(?<=\p{Script=Han}) ?\.(?= |$)/gu, '。')
      .replace(/\s+/g, ' ')
      .replace(/ (?![A-Za-z0-9])|(?<![A-Za-z0-9]) /g, '')
      .trim()
  );
}

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/**
 * A window of about `length` characters around the place where the most distinct
 * terms occur, split into plain and highlighted parts. Matching is case-insensitive.
 */
export function buildExcerpt(text: string, terms: readonly string[], length = 80): ExcerptPart[] {
  const lower = text.toLowerCase();
  const needles = [...new Set(terms.map((t) => t.toLowerCase()).filter(Boolean))].sort((a, b) => b.length - a.length);
  const hits: { start: number; end: number; term: string }[] = [];
  for (const needle of needles) {
    for (let i = lower.indexOf(needle); i !== -1; i = lower.indexOf(needle, i + needle.length)) {
      if (!hits.some((h) => i < h.end && i + needle.length > h.start)) hits.push({ start: i, end: i + needle.length, term: needle });
    }
  }
  hits.sort((a, b) => a.start - b.start);
  let windowStart = 0;
  if (hits.length > 0) {
    let bestScore = -1;
    for (const h of hits) {
      const start = Math.max(0, h.start - Math.floor(length / 4));
      const inside = new Set(hits.filter((x) => x.start >= start && x.end <= start + length).map((x) => x.term));
      if (inside.size > bestScore) {
        bestScore = inside.size;
        windowStart = start;
      }
    }
  }
  const windowEnd = Math.min(text.length, windowStart + length);
  const parts: ExcerptPart[] = [];
  if (windowStart > 0) parts.push({ text: '…', mark: false });
  let cursor = windowStart;
  for (const h of hits) {
    if (h.start < windowStart || h.end > windowEnd) continue;
    if (h.start > cursor) parts.push({ text: text.slice(cursor, h.start), mark: false });
    parts.push({ text: text.slice(h.start, h.end), mark: true });
    cursor = h.end;
  }
  if (cursor < windowEnd) parts.push({ text: text.slice(cursor, windowEnd), mark: false });
  if (windowEnd < text.length) parts.push({ text: '…', mark: false });
  return parts;
}
