import { SEARCH_QUERY_MAX_LENGTH } from './search-limits.ts';

/** A reader's query: free words plus exact phrases written in quotes ("…" or “…”). */
export interface ParsedQuery {
  free: string;
  phrases: string[];
}

/** Splits out quoted phrases; an unclosed quote is treated as ordinary text. */
export function parseQuery(input: string): ParsedQuery {
  const phrases: string[] = [];
  const free = input
    .slice(0, SEARCH_QUERY_MAX_LENGTH)
    .replace(/"([^"]+)"|“([^”]+)”|「([^」]+)」/g, (_m, a: string, b: string, c: string) => {
      const phrase = (a ?? b ?? c).trim();
      if (phrase) phrases.push(phrase);
      return ' ';
    })
    .replace(/["“”「」]/g, ' ')
    .trim();
  return { free, phrases };
}
