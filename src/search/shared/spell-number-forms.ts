/**
 * A number with its unit is one search word (3年, 90天, 10点, 三个月): readers type “3年” where
 * the page says “三年”, and the page on the limitation period is the one whose title says it.
 * This gives the ways the same amount is written, so a query in one form finds a page in the
 * other. Only units of time, money and count that the articles use; Chinese numerals 2–99
 * (一 is too often “a”: 一点 is “a little”).
 */

/** Units that make a number one word with it; a unit that ends another (个月, 月) comes first. */
export const NUMBER_UNITS = ['个工作日', '个月', '小时', '年', '月', '天', '日', '周', '点', '万', '元', '次', '期', '岁', '倍'];
/** Digits or Chinese numerals. */
export const NUMBER = /^(\d+|[一二两三四五六七八九十]+)$/u;

const D = '零一二三四五六七八九';
/** Chinese spellings of 2–99: 2 → 两, 二; 15 → 十五; 90 → 九十. */
const spell = (n: number): string[] => (n === 2 ? ['两', '二'] : n < 10 ? [D[n]!] : [`${n < 20 ? '' : D[Math.floor(n / 10)]}十${n % 10 ? D[n % 10] : ''}`]);

/** The forms of a number-with-unit word, itself first (3年 → 3年, 三年), or null when it is not one. */
export function spellNumberForms(word: string): string[] | null {
  const unit = NUMBER_UNITS.find((u) => word.endsWith(u));
  const number = unit ? word.slice(0, -unit.length) : '';
  if (!NUMBER.test(number)) return null;
  let value = Number(number);
  if (!/^\d+$/.test(number)) value = [...Array(100).keys()].find((n) => n > 1 && spell(n).includes(number)) ?? 0;
  if (value < 2 || value > 99) return null;
  // Readers count days in 天, laws and court papers in 日 (十五日内提出异议).
  const units = unit === '天' ? ['天', '日'] : unit === '日' ? ['日', '天'] : [unit!];
  return [...new Set([word, ...units.flatMap((u) => [`${value}${u}`, ...spell(value).map((c) => c + u)])])];
}
