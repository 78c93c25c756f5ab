const HAN = '\\p{Script=Han}，。：；、（）？！“”';
const LATIN = 'A-Za-z0-9';
/** One ASCII space typed between a Chinese character and a Latin letter or digit, either way round. */
const TYPED_SPACE = new RegExp(`(?<=[${HAN}]) (?=[${LATIN}])|(?<=[${LATIN}]) (?=[${HAN}])`, 'gu');
const HAN_CHAR = new RegExp(`^[${HAN}]$`, 'u');

/** True for one Chinese character or full-width punctuation mark. */
export const isHan = (ch: string | undefined): boolean => !!ch && HAN_CHAR.test(ch);
/** True for one ASCII letter or digit. */
export const isLatin = (ch: string | undefined): boolean => !!ch && /^[A-Za-z0-9]$/.test(ch);

/**
 * Removes the spaces typed between Chinese and Latin letters or digits (“借款 App 读取” →
 * “借款App读取”). The site's one spacing rule is CSS `text-autospace` (src/styles/global.css);
 * a typed space would add to it, and plain text copied out of the site (letters, calendar
 * files) follows Chinese letter style, which has none. Other spaces are kept.
 */
export function removeTypedCjkSpaces(text: string): string {
  return text.replace(TYPED_SPACE, '');
}
