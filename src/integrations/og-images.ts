import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { siteConfig } from '../site.config.ts';
import { hashFiles } from '../utils/hash-files.ts';
import { openBuildCache } from './build-cache.ts';
import { readBuiltPages } from './read-built-pages.ts';
import type { OgCard } from './render-og-image.ts';
import { renderInWorkers } from './render-in-workers.ts';

/**
 * The Open Graph PNG each page's og:image points to (under /og/), rendered from the
 * page's own og:title and og:description after the build, so card and page always agree.
 * Cards are cached by their text and the renderer's code, so a rebuild renders only the
 * cards whose page changed; the rest are rendered on every core in worker threads.
 */
export function ogImages(): AstroIntegration {
  let root: URL;
  return {
    name: 'kb:og-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.root;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const cards = new Map<string, OgCard>();
        for (const { meta } of readBuiltPages(out)) {
          const image = meta.get('og:image');
          if (!image?.startsWith(`${siteConfig.url}/og/`)) continue;
          const local = image.slice(siteConfig.url.length);
          if (!cards.has(local))
            cards.set(local, { title: meta.get('og:title') ?? siteConfig.name, description: meta.get('og:description') ?? '', siteName: siteConfig.name });
        }
        const started = performance.now();
        // CPU time of the whole process (workers included): steadier than wall time on a shared machine.
        const cpu = process.cpuUsage();
        // The renderer's code and the installed resvg and satori.
        const renderer = hashFiles(fileURLToPath(root), ['src/integrations/render-og-image.ts', 'src/integrations/encode-png.ts', 'package-lock.json']);
        const cache = openBuildCache('og', renderer);
        const write = (path: string, png: Uint8Array) => {
          const file = join(out, path);
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, png);
        };
        const missing: [string, OgCard][] = [];
        for (const [path, card] of cards) {
          const cached = cache.get(JSON.stringify(card));
          if (cached) write(path, cached);
          else missing.push([path, card]);
        }
        const workerFile = new URL('src/integrations/og-image-worker.ts', root);
        await renderInWorkers(
          workerFile,
          missing.map(([, card]) => card),
          (i, png) => {
            const [path, card] = missing[i]!;
            cache.set(JSON.stringify(card), Buffer.from(png));
            write(path, png);
          },
        );
        cache.prune();
        logger.info(
          `分享卡片：${cards.size} 张（新画 ${missing.length} 张，其余来自缓存），用时 ${((performance.now() - started) / 1000).toFixed(1)} 秒（CPU ${cpuSeconds(process.cpuUsage(cpu)).toFixed(1)} 秒）`,
        );
      },
    },
  };
}

const cpuSeconds = ({ user, system }: NodeJS.CpuUsage) => (user + system) / 1e6;
