import { siteConfig } from '../site.config.ts';

/** Strips MDX/Markdown syntax that readers never see: imports, JSX tags, citations, URLs. */
function visibleText(source: string): string {
  return source
    .replace(/^(import|export)\s.*$/gm, '')
    .replace(/<[^>\n]+>/g, '')
    .replace(/\[@[^\]]+\]/g, '')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/https?:\/\/\S+/g, '');
}

/**
 * Reading time in whole minutes (at least 1) for Chinese text: Han characters are
 * counted at `charsPerMinute`, Latin words and numbers at `wordsPerMinute`.
 */
export function getReadingMinutes(
  source: string,
  charsPerMinute: number = siteConfig.readingCharsPerMinute,
  wordsPerMinute: number = siteConfig.readingWordsPerMinute,
): number {
  const text = visibleText(source);
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const words = text.match(/[A-Za-z0-9]+(?:[.'’-][A-Za-z0-9]+)*/g)?.length ?? 0;
  return Math.max(1, Math.round(han / charsPerMinute + words / wordsPerMinute));
}
