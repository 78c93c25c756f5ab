import { readGlossaryEntries, readKindHints, readReaderWords, readSearchText, readSynonymGroups } from '../../content-files.ts';
import { parseWordList, type SearchLexicon } from '../shared/lexicon.ts';

/**
 * Reads the authored search data (content/search/*, content/glossary.yaml), each file
 * through its schema: every glossary term and alias is a domain word, and each term
 * with its aliases is a synonym group. The t2s map is filled in later from the indexed text.
 */
export function loadLexicon(contentDir: string): SearchLexicon {
  const glossary = readGlossaryEntries(contentDir);
  const words = new Set(parseWordList(readSearchText('dictionary.txt', contentDir)));
  const synonyms: string[][] = [];
  for (const entry of glossary) {
    const group = [entry.term, ...entry.aliases].filter((w) => w.length >= 2);
    for (const w of group) words.add(w);
    if (group.length > 1) synonyms.push(group);
  }
  for (const group of readSynonymGroups(contentDir)) {
    for (const w of group) words.add(w);
    synonyms.push(group);
  }
  // Readers' words are kept whole by the segmenter; queries also search them as the site's word.
  const readerWords: Record<string, string> = {};
  for (const [siteWord, said] of Object.entries(readReaderWords(contentDir))) {
    words.add(siteWord);
    for (const w of said) {
      words.add(w);
      readerWords[w] = siteWord;
    }
  }
  return {
    readerWords,
    glossary: glossary.map((g) => ({ id: g.id, term: g.term, aliases: g.aliases })),
    kindHints: readKindHints(contentDir),
    institutions: parseWordList(readSearchText('institutions.txt', contentDir)),
    words: [...words].filter((w) => /\p{Script=Han}/u.test(w) || w.length >= 2),
    synonyms,
    stopwords: parseWordList(readSearchText('stopwords.txt', contentDir)),
    t2s: {},
  };
}
