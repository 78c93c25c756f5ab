import { createHash, randomUUID } from 'node:crypto';
import { copyFileSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * A content-addressed cache for the post-build steps whose output depends only on their
 * input (share cards, precompressed files), so a rebuild after editing one article redoes
 * one article's work. Entries are keyed by a hash of the step's own fingerprint (its code
 * and settings) and the input, so a changed renderer or level never serves stale output.
 * Lives in KB_CACHE_DIR, or node_modules/.cache/kb/<step>/ beside Astro's own cache.
 */
/** What a cached output depends on besides the step's fingerprint: one value or several. */
export type CacheInput = string | Buffer | readonly (string | Buffer)[];

export interface BuildCache {
  /** The cached output for `input`, or undefined. */
  get(input: CacheInput): Buffer | undefined;
  set(input: CacheInput, output: Buffer): void;
  /**
   * Puts the cached output for `input` at `dest` as a hard link (a copy across file systems),
   * so a rebuild neither reads nor rewrites unchanged files; false when nothing is cached.
   * Safe because entries are never changed in place: set() renames a new file over the key.
   * Precondition: the folder of `dest` exists.
   */
  linkTo(input: CacheInput, dest: string): boolean;
  /** set(), then the output at `dest` as linkTo() puts it (written there if linking fails). */
  store(input: CacheInput, output: Buffer, dest: string): void;
  /** Removes entries this build did not ask for, so the cache stays the size of the site. */
  prune(): number;
}

/** Precondition: `fingerprint` changes whenever the step's output for the same input would. */
export function openBuildCache(step: string, fingerprint: string): BuildCache {
  const dir = join(resolve(process.env.KB_CACHE_DIR ?? 'node_modules/.cache/kb'), step);
  mkdirSync(dir, { recursive: true });
  const used = new Set<string>();
  const keyOf = (input: CacheInput) => {
    const hash = createHash('sha256').update(fingerprint);
    for (const part of typeof input === 'string' || Buffer.isBuffer(input) ? [input] : input) hash.update('\0').update(part);
    return hash.digest('hex');
  };
  const setKey = (key: string, output: Buffer) => {
    used.add(key);
    // Written aside and renamed, so a concurrent build never reads half a file.
    const temp = join(dir, `${key}.${process.pid}.${randomUUID()}.tmp`);
    writeFileSync(temp, output);
    renameSync(temp, join(dir, key));
  };
  const linkKey = (key: string, dest: string) => {
    used.add(key);
    const file = join(dir, key);
    rmSync(dest, { force: true });
    try {
      linkSync(file, dest);
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
      // Another file system (EXDEV) or no hard links allowed there: copy instead.
      try {
        copyFileSync(file, dest);
        return true;
      } catch {
        return false;
      }
    }
  };
  const cache: BuildCache = {
    get(input) {
      const key = keyOf(input);
      used.add(key);
      // Another build sharing the cache may prune an entry at any moment: a miss, not an error.
      try {
        return readFileSync(join(dir, key));
      } catch {
        return undefined;
      }
    },
    set(input, output) {
      setKey(keyOf(input), output);
    },
    linkTo(input, dest) {
      return linkKey(keyOf(input), dest);
    },
    store(input, output, dest) {
      const key = keyOf(input);
      setKey(key, output);
      if (!linkKey(key, dest)) writeFileSync(dest, output);
    },
    prune() {
      let removed = 0;
      for (const f of readdirSync(dir)) {
        if (used.has(f) || f.endsWith('.tmp')) continue;
        rmSync(join(dir, f), { force: true });
        removed++;
      }
      return removed;
    },
  };
  return cache;
}
