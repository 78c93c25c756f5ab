import type { Element, ElementContent, Root, Text } from 'hast';
import { toText } from 'hast-util-to-text';
import { isHan, isLatin, removeTypedCjkSpaces } from '../utils/remove-typed-cjk-spaces.ts';

/** True when a space between these two characters is a typed one to remove. */
const typedBetween = (before: string | undefined, after: string | undefined) => (isHan(before) && isLatin(after)) || (isLatin(before) && isHan(after));
const SKIP = new Set(['code', 'pre', 'script', 'style', 'kbd', 'samp']);

const textOf = (node: ElementContent | undefined): string => (node?.type === 'text' ? node.value : node?.type === 'element' ? toText(node) : '');

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
      text.value = removeTypedCjkSpaces(text.value);
      // The same space just before or after a link, emphasis or code.
      if (text.value.endsWith(' ') && kids[i + 1]?.type === 'element' && typedBetween(text.value.at(-2), textOf(kids[i + 1])[0]))
        text.value = text.value.slice(0, -1);
      if (text.value.startsWith(' ') && kids[i - 1]?.type === 'element' && typedBetween(textOf(kids[i - 1]).at(-1), text.value[1]))
        text.value = text.value.slice(1);
    });
  };
  walk(tree);
}

/** Rehype plugin for articles and letter templates. */
export function rehypeCjkSpacing() {
  return (tree: Root) => stripTypedCjkSpaces(tree);
}
