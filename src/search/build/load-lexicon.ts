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
  // Readers shorten every 消费金融 company to 消金 (马上消金, 杭银消金): the short name is a reader's word for the full one.
  const institutions = parseWordList(readSearchText('institutions.txt', contentDir));
  for (const name of institutions.flatMap((line) => line.split(/\s+/))) {
    const short = name.replace(/消费金融$/, '消金');
    if (short === name || readerWords[short]) continue;
    words.add(name);
    words.add(short);
    readerWords[short] = name;
  }
  return {
    readerWords,
    glossary: glossary.map((g) => ({ id: g.id, term: g.term, aliases: g.aliases })),
    kindHints: readKindHints(contentDir),
    institutions,
    words: [...words].filter((w) => /\p{Script=Han}/u.test(w) || w.length >= 2),
    synonyms,
    stopwords: parseWordList(readSearchText('stopwords.txt', contentDir)),
    t2s: {},
  };
}
