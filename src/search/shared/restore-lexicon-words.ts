import type { SearchLexicon } from './lexicon.ts';
import { type CompactLexicon, derivableWords, glossaryGroups } from './omit-derivable-words.ts';

/** The full lexicon again, in the browser (see omitDerivableWords). */
export function restoreLexiconWords(compact: CompactLexicon): SearchLexicon {
  const chars = [...compact.t2s];
  const t2s = Object.fromEntries(chars.flatMap((ch, i) => (i % 2 === 0 ? [[ch, chars[i + 1]!]] : [])));
  const lexicon = { ...compact, t2s, synonyms: [...glossaryGroups(compact), ...compact.synonyms] };
  return { ...lexicon, words: [...new Set([...lexicon.words, ...derivableWords(lexicon)])] };
}
