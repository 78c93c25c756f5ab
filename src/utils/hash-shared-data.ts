import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from './list-files.ts';

/**
 * A hash of every content file that is not an article or a letter template (sources, glossary,
 * processes, tools' data, search words): what articles show besides their own file.
 */
export function hashSharedData(root: string): string {
  const hash = createHash('sha256');
  for (const file of listFiles(root).filter((f) => !/^\/(articles|templates)\//.test(f)))
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(join(root, file)));
  return hash.digest('hex');
}
