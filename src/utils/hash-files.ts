import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * One SHA-256 over the names and bytes of some files, in the order given: the fingerprint
 * of the inputs a cached build step depends on (content, code, the lockfile).
 * Precondition: every path exists; `files` are relative to `root`.
 */
export function hashFiles(root: string, files: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of files)
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(join(root, file)))
      .update('\0');
  return hash.digest('hex');
}
