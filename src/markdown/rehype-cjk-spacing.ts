import type { Element, ElementContent, Root, Text } from 'hast';
import { toText } from 'hast-util-to-text';

const HAN = '\\p{Script=Han}，。：；、（）？！“”';
const LATIN = 'A-Za-z0-9';
/** One ASCII space typed between a Chinese character and a Latin letter or digit, either way round. */
const TYPED_SPACE = new RegExp(`(?<=[${HAN}]) (?=[${LATIN}])|(?<=[${LATIN}]) (?=[${HAN}])`, 'gu');
const ENDS_HAN_SPACE = new RegExp(`[${HAN}] $`, 'u');
const ENDS_LATIN_SPACE = new RegExp(`[${LATIN}] $`, 'u');
const STARTS_LATIN = new RegExp(`^[${LATIN}]`, 'u');
const STARTS_HAN = new RegExp(`^[${HAN}]`, 'u');
const SKIP = new Set(['code', 'pre', 'script', 'style', 'kbd', 'samp']);

const firstText = (node: ElementContent): string => (node.type === 'text' ? node.value : node.type === 'element' ? toText(node) : '');

/**
 * Removes the space authors type between Chinese and Latin letters or digits (“很多 APP 只是”),
 * so the spacing comes from one rule, CSS `text-autospace` (src/styles/global.css), and is
 * the same everywhere instead of depending on who wrote the sentence. Also where the space
 * sits just before or after a link or emphasis (“通过 [12368](…)”). Code is left alone.
 */
export function stripTypedCjkSpaces(tree: Root | Element): void {
  const walk = (node: Root | Element) => {
    const kids = node.children as ElementContent[];
    kids.forEach((child, i) => {
      if (child.type === 'element') {
        if (!SKIP.has(child.tagName)) walk(child);
        return;
      }
      if (child.type !== 'text') return;
      const text = child as Text;
      text.value = text.value.replace(TYPED_SPACE, '');
      const next = kids[i + 1];
      if (next?.type === 'element') {
        const start = firstText(next);
        if ((ENDS_HAN_SPACE.test(text.value) && STARTS_LATIN.test(start)) || (ENDS_LATIN_SPACE.test(text.value) && STARTS_HAN.test(start)))
          text.value = text.value.slice(0, -1);
      }
      const previous = kids[i - 1];
      if (previous?.type === 'element' && text.value.startsWith(' ')) {
        const end = toText(previous).slice(-1);
        if (
          (new RegExp(`[${HAN}]`, 'u').test(end) && STARTS_LATIN.test(text.value.slice(1))) ||
          (new RegExp(`[${LATIN}]`, 'u').test(end) && STARTS_HAN.test(text.value.slice(1)))
        )
          text.value = text.value.slice(1);
      }
    });
  };
  walk(tree);
}

/** Rehype plugin for articles and letter templates. */
export function rehypeCjkSpacing() {
  return (tree: Root) => stripTypedCjkSpaces(tree);
}
