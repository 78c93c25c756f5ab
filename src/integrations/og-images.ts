import { mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { siteConfig } from '../site.config.ts';
import { contentDir } from '../utils/content-dir.ts';
import { hashFiles } from '../utils/hash-files.ts';
import { openBuildCache } from './build-cache.ts';
import { readBuiltPages } from './read-built-pages.ts';
import { cardKey, type OgCard } from './render-og-image.ts';
import { renderInWorkers } from './render-in-workers.ts';

/**
 * The Open Graph PNG each page's og:image points to (under /og/), rendered from the
 * page's own og:title and og:description after the build, so card and page always agree.
 * Cards are cached by their text and the renderer's code, so a rebuild renders only the
 * cards whose page changed; the rest are rendered on every core in worker threads.
 * While Astro renders pages (one core), a thread on a spare core already draws the article
 * cards predicted from the frontmatter into the cache (warm-og-cache-worker.ts).
 */
export function ogImages(): AstroIntegration {
  let root: URL;
  let warming: { worker: Worker; exited: Promise<unknown> } | undefined;
  let warmed = 0;
  // The renderer's code and the installed resvg and satori.
  const rendererFingerprint = () =>
    hashFiles(fileURLToPath(root), ['src/integrations/render-og-image.ts', 'src/integrations/encode-png.ts', 'package-lock.json']);
  return {
    name: 'kb:og-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.root;
      },
      'astro:build:start': ({ logger }) => {
        warmed = 0;
        if (availableParallelism() < 2) return;
        const worker = new Worker(new URL('src/integrations/warm-og-cache-worker.ts', root), {
          workerData: { contentDir: contentDir(), fingerprint: rendererFingerprint(), siteName: siteConfig.name },
          // It shares the machine with Astro at its peak: a small heap halves the thread's
          // memory (about 450 → 240 MB, measured) at no measurable cost in cards per second.
          resourceLimits: { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 16 },
        });
        // A failed build must not wait for it.
        worker.unref();
        worker.on('message', (m: { drawn: number }) => {
          warmed = m.drawn;
        });
        worker.on('error', (error) => logger.warn(`预先画分享卡片没有完成（不影响结果，卡片会在构建后画）：${error}`));
        warming = { worker, exited: new Promise((resolve) => worker.once('exit', resolve)) };
      },
      // Pages are done: give the cores back to the steps after the build.
      'astro:build:generated': async () => {
        if (!warming) return;
        const { worker, exited } = warming;
        warming = undefined;
        worker.postMessage('stop');
        await exited;
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
        const cache = openBuildCache('og', rendererFingerprint());
        const missing: [string, OgCard][] = [];
        for (const [path, card] of cards) {
          const file = join(out, path);
          mkdirSync(dirname(file), { recursive: true });
          if (!cache.linkTo(cardKey(card), file)) missing.push([path, card]);
        }
        const workerFile = new URL('src/integrations/og-image-worker.ts', root);
        await renderInWorkers(
          workerFile,
          missing.map(([, card]) => card),
          (i, png) => {
            const [path, card] = missing[i]!;
            cache.store(cardKey(card), Buffer.from(png), join(out, path));
          },
        );
        cache.prune();
        logger.info(
          `分享卡片：${cards.size} 张（新画 ${missing.length} 张，生成页面时预先画了 ${warmed} 张，其余来自缓存），用时 ${((performance.now() - started) / 1000).toFixed(1)} 秒（CPU ${cpuSeconds(process.cpuUsage(cpu)).toFixed(1)} 秒）`,
        );
      },
    },
  };
}

const cpuSeconds = ({ user, system }: NodeJS.CpuUsage) => (user + system) / 1e6;
