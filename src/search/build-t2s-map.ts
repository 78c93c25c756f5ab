import * as OpenCC from 'opencc-js';

/**
 * Traditional → simplified map for the Han characters the site actually uses, so a
 * query typed in traditional characters (徵信, 債務) finds simplified pages. Only
 * characters in `text` are mapped, which keeps the map small enough to ship.
 */
export function buildT2sMap(text: string): Record<string, string> {
  const toVariants = ['t', 'tw', 'hk'].map((to) => OpenCC.Converter({ from: 'cn', to: to as 't' }));
  const map: Record<string, string> = {};
  const chars = new Set(text.match(/\p{Script=Han}/gu) ?? []);
  for (const ch of chars) {
    for (const convert of toVariants) {
      const trad = convert(ch);
      if (trad !== ch && [...trad].length === 1 && !chars.has(trad)) map[trad] = ch;
    }
  }
  return map;
}
