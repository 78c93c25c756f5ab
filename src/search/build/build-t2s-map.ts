import * as OpenCC from 'opencc-js';

/**
 * Traditional → simplified map for the Han characters the site actually uses, so a
 * query typed in traditional characters (徵信, 債務) finds simplified pages. Only
 * characters in `text` are mapped, which keeps the map small enough to ship.
 */
export function buildT2sMap(text: string): Record<string, string> {
  // One converter (OpenCC's standard traditional forms) covers the common cases; each
  // regional variant would add ~80 MB of dictionaries to the build for little gain.
  const toVariants = [OpenCC.Converter({ from: 'cn', to: 't' })];
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
