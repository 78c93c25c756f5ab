import { pinyin } from 'pinyin-pro';

/** The 3,755 everyday characters of GB 2312 level 1: what a pinyin keyboard offers first. */
function commonCharacters(): string {
  const gbk = new TextDecoder('gbk');
  let out = '';
  for (let hi = 0xb0; hi <= 0xd7; hi++) {
    for (let lo = 0xa1; lo <= 0xfe; lo++) {
      const ch = gbk.decode(new Uint8Array([hi, lo]));
      if (/^\p{Script=Han}$/u.test(ch)) out += ch;
    }
  }
  return out;
}

/**
 * Toneless pinyin → the characters read that way (every reading of a heteronym), for
 * the site's own characters and the everyday ones a reader may type by mistake, so the
 * browser can spot a word typed with the wrong homophone (征心 → 征信) without shipping
 * a pinyin library. Written to search-pinyin.json, fetched only when a query needs it.
 */
export function buildPinyinMap(text: string): Record<string, string> {
  const map: Record<string, string> = {};
  const chars = [...new Set((text + commonCharacters()).match(/\p{Script=Han}/gu) ?? [])].sort();
  for (const ch of chars) {
    for (const reading of new Set(pinyin(ch, { toneType: 'none', multiple: true, type: 'array', v: true }))) {
      if (/^[a-z]+$/.test(reading)) map[reading] = (map[reading] ?? '') + ch;
    }
  }
  return map;
}
