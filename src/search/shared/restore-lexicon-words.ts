import type { SearchLexicon } from './lexicon.ts';
import { derivableWords } from './omit-derivable-words.ts';

/** The full list of domain words again, in the browser (see omitDerivableWords). */
export function restoreLexiconWords(lexicon: SearchLexicon): SearchLexicon {
  return { ...lexicon, words: [...new Set([...lexicon.words, ...derivableWords(lexicon)])] };
}
