import * as OpenCC from 'opencc-js';

/**
 * Traditional → simplified map for the Han characters the site actually uses, so a
 * query typed in traditional characters (徵信, 債務) finds simplified pages. Only
 * characters in `text` are mapped, which keeps the map small enough to ship.
 */
export function buildT2sMap(text: string): Record<string, string> {
  // OpenCC's standard traditional forms first, then the forms Taiwan and Hong Kong phones
  // type where they differ (為 and 裡 in Taiwan, 説 in Hong Kong, where the standard has 爲, 裏, 說).
  const toVariants = (['t', 'tw', 'hk'] as const).map((to) => OpenCC.Converter({ from: 'cn', to }));
  const map: Record<string, string> = {};
  const chars = new Set(text.match(/\p{Script=Han}/gu) ?? []);
  for (const ch of chars) {
    for (const convert of toVariants) {
      const trad = convert(ch);
      // A form the site writes itself (著 in 显著) stays as typed; the first mapping wins.
      if (trad !== ch && [...trad].length === 1 && !chars.has(trad) && !(trad in map)) map[trad] = ch;
    }
  }
  for (const [typed, site] of Object.entries(TYPED_FOR)) if (chars.has(site) && !chars.has(typed)) map[typed] = site;
  return map;
}

/**
 * Characters readers type for the one the site writes, which OpenCC keeps apart: 帐户 (a common
 * mainland spelling) and Taiwan's 帳戶 for 账户. Mapped only where the site never writes the typed one.
 */
const TYPED_FOR: Record<string, string> = { 帐: '账', 帳: '账' };
