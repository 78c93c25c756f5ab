/**
 * Homophone and typo correction against the domain lexicon, through pinyin. Readers type
 * with pinyin input, so a wrong word is usually one that sounds the same: 征心 → 征信,
 * 逾其 → 逾期, 支付另 → 支付令, 宽线期 → 宽限期. The pinyin of the site's characters is
 * computed at build time (build-pinyin-map.ts, with pinyin-pro); here we only compare.
 *
 * A stretch of the query is replaced by a domain word only when (1) it is not itself a
 * domain word or a word ICU knows (公司 is never “corrected” to 公示), (2) every character
 * can be read like the domain word's character at the same place, allowing the fuzzy
 * pairs pinyin keyboards confuse (z/zh, c/ch, s/sh, n/l, in/ing, en/eng, an/ang), and
 * (3) at least one character is already right and no more than half are changed.
 */

/** Toneless pinyin syllable → the characters read that way. */
export type PinyinMap = Record<string, string>;

const fuzzy = (syllable: string) =>
  syllable
    .replace(/^([zcs])h/, '$1')
    .replace(/^l/, 'n')
    .replace(/([aei]n)g$/, '$1');

const HAN = /\p{Script=Han}/u;
const MAX_WORD = 6;

export interface QueryCorrector {
  /** The query with misspelt domain words replaced, or null when nothing was changed. */
  correct(text: string): string | null;
}

export function createCorrector(words: readonly string[], pinyin: PinyinMap): QueryCorrector {
  const readings = new Map<string, Set<string>>();
  for (const [syllable, chars] of Object.entries(pinyin)) {
    for (const ch of chars) {
      const set = readings.get(ch) ?? new Set<string>();
      set.add(fuzzy(syllable));
      readings.set(ch, set);
    }
  }
  const lexicon = new Set(words);
  // Domain words by length and the fuzzy reading of their first character.
  const byKey = new Map<string, string[]>();
  for (const word of lexicon) {
    const chars = [...word];
    if (chars.length < 2 || chars.length > MAX_WORD || !chars.every((c) => HAN.test(c) && readings.has(c))) continue;
    for (const r of readings.get(chars[0]!)!) {
      const key = `${chars.length}:${r}`;
      byKey.set(key, [...(byKey.get(key) ?? []), word]);
    }
  }
  const soundsAlike = (a: string, b: string) => {
    if (a === b) return true;
    const ra = readings.get(a);
    const rb = readings.get(b);
    return !!ra && !!rb && [...ra].some((r) => rb.has(r));
  };
  const icu = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  const isKnownWord = (span: string) => {
    const segments = [...icu.segment(span)];
    return segments.length === 1 && !!segments[0]!.isWordLike;
  };

  /** Does the stretch chars[i, i+len) cut into a domain word that starts inside it? */
  const breaksWordAfter = (chars: string[], i: number, len: number) => {
    for (let j = i + 1; j < i + len; j++) {
      for (let l = 2; l <= MAX_WORD && j + l <= chars.length; l++) {
        if (j + l > i + len && lexicon.has(chars.slice(j, j + l).join(''))) return true;
      }
    }
    return false;
  };

  /** The best domain word for a stretch that is not a word itself, or null. */
  const bestFor = (span: string): string | null => {
    const chars = [...span];
    let best: string | null = null;
    let bestSame = 0;
    for (const r of readings.get(chars[0]!) ?? []) {
      for (const word of byKey.get(`${chars.length}:${r}`) ?? []) {
        const wc = [...word];
        if (!wc.every((c, i) => soundsAlike(chars[i]!, c))) continue;
        const same = wc.filter((c, i) => c === chars[i]).length;
        if (same === 0 || (chars.length - same) * 2 > chars.length) continue;
        if (same > bestSame || (same === bestSame && best !== null && word < best)) {
          best = word;
          bestSame = same;
        }
      }
    }
    return best;
  };

  return {
    correct(text) {
      const chars = [...text];
      // Characters inside a word ICU knows (the 司 of 公司了): a stretch starting there would
      // tear the word apart (公司了 → 公死了).
      const inside = new Set<number>();
      for (const seg of icu.segment(text)) {
        const start = [...text.slice(0, seg.index)].length;
        const length = [...seg.segment].length;
        if (seg.isWordLike && length >= 2) for (let k = start + 1; k < start + length; k++) inside.add(k);
      }
      let out = '';
      let changed = false;
      for (let i = 0; i < chars.length; ) {
        if (!HAN.test(chars[i]!) || inside.has(i)) {
          out += chars[i];
          i += 1;
          continue;
        }
        let step = 1;
        let replacement = chars[i]!;
        for (let len = Math.min(MAX_WORD, chars.length - i); len >= 2; len--) {
          const span = chars.slice(i, i + len).join('');
          if (!chars.slice(i, i + len).every((c) => HAN.test(c))) continue;
          if (lexicon.has(span)) {
            step = len;
            replacement = span;
            break;
          }
          if (isKnownWord(span) || breaksWordAfter(chars, i, len)) continue;
          const word = bestFor(span);
          if (word) {
            step = len;
            replacement = word;
            changed = true;
            break;
          }
        }
        out += replacement;
        i += step;
      }
      return changed ? out : null;
    },
  };
}
