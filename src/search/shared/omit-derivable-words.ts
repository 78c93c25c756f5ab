import type { SearchLexicon } from './lexicon.ts';

/** Words the lexicon's other parts already name: glossary terms and aliases, synonyms, readers' words. */
export function derivableWords(lexicon: SearchLexicon): Set<string> {
  const derived = new Set<string>();
  for (const entry of lexicon.glossary ?? []) for (const w of [entry.term, ...entry.aliases]) if (w.length >= 2) derived.add(w);
  for (const group of lexicon.synonyms) for (const w of group) derived.add(w);
  for (const [said, site] of Object.entries(lexicon.readerWords ?? {})) {
    derived.add(said);
    derived.add(site);
  }
  return new Set([...derived].filter((w) => /\p{Script=Han}/u.test(w) || w.length >= 2));
}

/** Each glossary term with its aliases, a synonym group the indexer made (load-lexicon.ts). */
export function glossaryGroups(lexicon: Pick<SearchLexicon, 'glossary'>): string[][] {
  return (lexicon.glossary ?? []).map((e) => [e.term, ...e.aliases].filter((w) => w.length >= 2)).filter((g) => g.length > 1);
}

/** The lexicon as written to search-data.json (see omitDerivableWords). */
export type CompactLexicon = Omit<SearchLexicon, 't2s'> & { t2s: string };

/**
 * The lexicon as written to search-data.json, fewer bytes on first search: only the domain
 * words the glossary, synonyms and readers' words do not already name (a third of the list),
 * no synonym groups the glossary already gives, and the traditional → simplified map as one
 * string of pairs (徵征債债…, a third of the JSON).
 */
export function omitDerivableWords(lexicon: SearchLexicon): CompactLexicon {
  const derived = derivableWords(lexicon);
  const t2s = Object.entries(lexicon.t2s)
    .map(([trad, simple]) => trad + simple)
    .join('');
  const fromGlossary = new Set(glossaryGroups(lexicon).map((g) => g.join('\n')));
  const synonyms = lexicon.synonyms.filter((g) => !fromGlossary.has(g.join('\n')));
  return { ...lexicon, words: lexicon.words.filter((w) => !derived.has(w)), synonyms, t2s };
}
