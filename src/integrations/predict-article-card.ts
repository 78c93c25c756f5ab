import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { removeTypedCjkSpaces } from '../utils/remove-typed-cjk-spaces.ts';
import type { OgCard } from './render-og-image.ts';

/**
 * The share card an article's page will ask for, read from its frontmatter alone: title and
 * description as the page shows them (the schema's prose() transform). Undefined for a draft
 * or a file the build itself will reject (it names the line; this guess stays quiet).
 */
export function predictArticleCard(path: string, siteName: string): OgCard | undefined {
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(path, 'utf8'))?.[1];
  if (!frontmatter) return undefined;
  try {
    const data = yaml.load(frontmatter) as { title?: unknown; description?: unknown; draft?: unknown } | undefined;
    if (typeof data?.title !== 'string' || typeof data.description !== 'string' || data.draft === true) return undefined;
    return { title: removeTypedCjkSpaces(data.title), description: removeTypedCjkSpaces(data.description), siteName };
  } catch {
    return undefined;
  }
}
