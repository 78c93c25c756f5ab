import { describe, expect, it } from 'vitest';
import { listPages } from '../helpers/dist';

/**
 * Issue #14: the space between Chinese and Latin letters or digits comes from one rule (CSS
 * `text-autospace`), never from a space someone typed — in article prose, titles, data tables,
 * UI strings and attributes a reader sees (tab title, share text, labels, placeholders).
 */
const HAN = '\\p{Script=Han}，。：；、（）？！“”';
const TYPED = new RegExp(`[${HAN}] [A-Za-z0-9]|[A-Za-z0-9] [${HAN}]`, 'u');
const READ_ATTRIBUTES = /\s(?:content|aria-label|placeholder|alt|title)="([^"]*)"/g;

/** Visible text runs and reader-facing attribute values of one page, without code. */
function readerText(html: string): string[] {
  const withoutCode = html.replace(/<(script|style|pre|code|kbd|samp)\b[\s\S]*?<\/\1>/g, '\u0000');
  const attributes = [...withoutCode.matchAll(READ_ATTRIBUTES)].map((m) => m[1]!);
  const runs = withoutCode.replace(/<[^>]*>/g, '\u0000').split('\u0000');
  return [...runs, ...attributes];
}

describe('spacing between Chinese and Latin letters or digits', () => {
  const pages = listPages();
  it('checks every built page', () => expect(pages.length).toBeGreaterThan(100));
  it('has no typed space on any page', () => {
    const found = pages.flatMap(({ path, html }) =>
      readerText(html)
        .filter((t) => TYPED.test(t))
        .map((t) => `${path}: “${t.trim().slice(0, 60)}”`),
    );
    expect(found, found.slice(0, 20).join('\n')).toEqual([]);
  });
});
