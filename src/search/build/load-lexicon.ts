import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { parseWordList, type SearchLexicon } from '../shared/lexicon.ts';

interface GlossaryEntry {
  id: string;
  term: string;
  aliases?: string[];
}

const readText = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8') : '');

/**
 * Reads the authored search data (content/search/*, content/glossary.yaml): every
 * glossary term and alias is a domain word, and each term with its aliases is a
 * synonym group. The t2s map is filled in later from the indexed text.
 */
export function loadLexicon(contentDir: string): SearchLexicon {
  const glossary = (yaml.load(readText(join(contentDir, 'glossary.yaml'))) as GlossaryEntry[] | undefined) ?? [];
  const extraGroups = (yaml.load(readText(join(contentDir, 'search', 'synonyms.yaml'))) as string[][] | undefined) ?? [];
  const words = new Set(parseWordList(readText(join(contentDir, 'search', 'dictionary.txt'))));
  const synonyms: string[][] = [];
  for (const entry of glossary) {
    const group = [entry.term, ...(entry.aliases ?? [])].filter((w) => w.length >= 2);
    group.forEach((w) => words.add(w));
    if (group.length > 1) synonyms.push(group);
  }
  for (const group of extraGroups) {
    group.forEach((w) => words.add(w));
    synonyms.push(group);
  }
  const kindHints = (yaml.load(readText(join(contentDir, 'search', 'kind-hints.yaml'))) as Record<string, string[]> | undefined) ?? {};
  return {
    glossary: glossary.map((g) => ({ id: g.id, term: g.term, aliases: g.aliases ?? [] })),
    kindHints,
    words: [...words].filter((w) => /\p{Script=Han}/u.test(w) || w.length >= 2),
    synonyms,
    stopwords: parseWordList(readText(join(contentDir, 'search', 'stopwords.txt'))),
    t2s: {},
  };
}
