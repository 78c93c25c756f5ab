import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir } from '@/utils/content-dir';
import { listFiles } from '@/utils/list-files';

let digest: string | undefined;

/**
 * A hash of every content file that is not an article or a letter template: sources,
 * glossary, processes, categories, tools' data, search words. An article page shows
 * these (citations, term links, stage days, help numbers), so its incremental-build
 * cache key includes this hash and any edit to them renders every page again.
 */
export function getSharedDataDigest(): string {
  if (digest) return digest;
  const root = contentDir();
  const hash = createHash('sha256');
  for (const file of listFiles(root).filter((f) => !/^\/(articles|templates)\//.test(f)))
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(join(root, file)));
  digest = hash.digest('hex');
  return digest;
}
