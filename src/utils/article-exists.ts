import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir } from './content-dir.ts';

/** True when content/articles/<slug>.mdx or .md exists. */
export function articleExists(slug: string): boolean {
  const base = join(contentDir(), 'articles', slug);
  return existsSync(`${base}.mdx`) || existsSync(`${base}.md`);
}
