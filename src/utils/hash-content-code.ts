import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { hashFiles } from './hash-files.ts';
import { listFiles } from './list-files.ts';

/** Project code that Astro's content layer runs while it loads and renders entries. */
export const CONTENT_CODE = [
  'src/content.config.ts',
  'src/schemas',
  'src/markdown',
  'src/utils',
  'src/data',
  'src/ui',
  'src/site.config.ts',
  'astro.config.mjs',
];

/**
 * A hash of the code that shapes cached content entries (schemas with their transforms,
 * remark/rehype plugins and what they import). Astro's own check only hashes the text of
 * the content config file, so a changed schema or plugin would otherwise keep serving
 * entries built by the old code. Precondition: `projectRoot` is the folder holding src/.
 */
export function hashContentCode(projectRoot: string): string {
  const files = CONTENT_CODE.filter((entry) => existsSync(join(projectRoot, entry))).flatMap((entry) =>
    entry.includes('.') ? [entry] : listFiles(join(projectRoot, entry)).map((file) => entry + file),
  );
  return hashFiles(projectRoot, files);
}
