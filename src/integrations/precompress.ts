import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { listFiles } from '../utils/list-files.ts';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);
// Pagefind's own files (.pf_*, wasm.*.pagefind) are compressed already; images are too.
const TEXT = /\.(html|css|js|mjs|json|xml|txt|svg)$/;

/**
 * Writes file.br and file.gz beside every text file of the build, at the highest
 * levels, so a host (nginx gzip_static/brotli_static) never compresses on the fly.
 * Runs last, after the search index and the host files are written.
 */
export function precompress(): AstroIntegration {
  return {
    name: 'kb:precompress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const root = fileURLToPath(dir);
        const files = listFiles(root).filter((f) => TEXT.test(f) && !f.startsWith('/_host/'));
        let before = 0;
        let after = 0;
        await Promise.all(
          files.map(async (f) => {
            const path = join(root, f);
            const body = readFileSync(path);
            if (body.length < 256) return;
            const [br, gzipped] = await Promise.all([
              brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
              gz(body, { level: 9 }),
            ]);
            before += body.length;
            after += br.length;
            writeFileSync(`${path}.br`, br);
            writeFileSync(`${path}.gz`, gzipped);
          }),
        );
        logger.info(
          `预压缩 ${files.length} 个文件：${(before / 1e6).toFixed(1)} MB → brotli ${(after / 1e6).toFixed(1)} MB，用时 ${((performance.now() - started) / 1000).toFixed(1)} 秒`,
        );
      },
    },
  };
}
