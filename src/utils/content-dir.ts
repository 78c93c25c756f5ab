import { resolve } from 'node:path';

/**
 * Root of the authored content. Tests point it at a copy with KB_CONTENT_DIR; everything
 * that reads content (collections, remark plugins, checks, src/content-files.ts) goes
 * through here. Its own file, with no imports of the schemas, so that schemas can use it
 * without a cycle through src/content-files.ts.
 */
export function contentDir(): string {
  return resolve(process.env.KB_CONTENT_DIR ?? 'content');
}
