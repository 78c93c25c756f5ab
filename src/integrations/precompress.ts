import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { listFiles } from '../utils/list-files.ts';
import { type BuildCache, type CacheInput, openBuildCache } from './build-cache.ts';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);
// Pagefind's own files (.pf_*, wasm.*.pagefind) are compressed already; images are too.
const TEXT = /\.(html|css|js|mjs|json|xml|txt|svg)$/;
/**
 * Levels: the few files every visitor fetches (scripts, styles, the search lexicon) get
 * the smallest output; pages and feeds, one per article, get brotli 6 / gzip 6, which
 * on this site's pages is within 10 % of the smallest at a thirtieth of the time
 * (brotli 11 took 54 s of a 1,000-article build).
 */
const SHARED = /^\/(_astro|pagefind[^/]*)\/|^\/[^/]+\.json$/;
const levels = (file: string) => (SHARED.test(file) ? { brotli: 11, gzip: 9 } : { brotli: 6, gzip: 6 });
/** Files compressed at once: the thread pool has four threads; more only queues buffers. */
const AT_ONCE = 8;

/**
 * Writes file.br and file.gz beside every text file of the build, so a host (nginx
 * gzip_static/brotli_static) never compresses on the fly. Output is cached by content,
 * so a rebuild compresses only files that changed. Runs last, after the search index and
 * the host files are written.
 */
export function precompress(): AstroIntegration {
  return {
    name: 'kb:precompress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const root = fileURLToPath(dir);
        const files = listFiles(root).filter((f) => TEXT.test(f) && !f.startsWith('/_host/'));
        const caches = { brotli: openBuildCache('brotli', 'v1'), gzip: openBuildCache('gzip', 'v1') };
        let before = 0;
        let after = 0;
        const compressOne = async (f: string) => {
          const path = join(root, f);
          const body = readFileSync(path);
          if (body.length < 256) return;
          const level = levels(f);
          const keyBr = [String(level.brotli), body];
          const keyGz = [String(level.gzip), body];
          // Unchanged files are hard links into the cache: nothing is read or rewritten.
          const produce = async (cache: BuildCache, key: CacheInput, dest: string, compress: () => Promise<Buffer>) => {
            if (!cache.linkTo(key, dest)) cache.store(key, await compress(), dest);
          };
          await Promise.all([
            produce(caches.brotli, keyBr, `${path}.br`, () =>
              brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: level.brotli, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
            ),
            produce(caches.gzip, keyGz, `${path}.gz`, () => gz(body, { level: level.gzip })),
          ]);
          before += body.length;
          after += statSync(`${path}.br`).size;
        };
        let next = 0;
        await Promise.all(
          Array.from({ length: AT_ONCE }, async () => {
            while (next < files.length) await compressOne(files[next++]!);
          }),
        );
        caches.brotli.prune();
        caches.gzip.prune();
        logger.info(
          `预压缩 ${files.length} 个文件：${(before / 1e6).toFixed(1)} MB → brotli ${(after / 1e6).toFixed(1)} MB，用时 ${((performance.now() - started) / 1000).toFixed(1)} 秒`,
        );
      },
    },
  };
}
