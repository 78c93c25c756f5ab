// Draws the articles' share cards into the card cache while Astro is still rendering pages
// (see og-images.ts), so the card step after the build finds most of them done. Cards are
// predicted from each article's frontmatter, one file at a time; a wrong guess only costs
// this thread's time, because the card step still draws from each page's own og: tags.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { openBuildCache } from './build-cache.ts';
import { predictArticleCard } from './predict-article-card.ts';
import { cardKey, renderOgImage } from './render-og-image.ts';

const { contentDir, fingerprint, siteName } = workerData as { contentDir: string; fingerprint: string; siteName: string };
let stopped = false;
// The card step sends 'stop' once the pages are rendered; the thread then reports and exits.
const stop = new Promise<void>((resolve) =>
  parentPort?.once('message', () => {
    stopped = true;
    resolve();
  }),
);

const cache = openBuildCache('og', fingerprint);
const folder = join(contentDir, 'articles');
let drawn = 0;
for (const file of readdirSync(folder).filter((f) => /\.mdx?$/.test(f))) {
  if (stopped) break;
  const card = predictArticleCard(join(folder, file), siteName);
  if (!card) continue;
  const key = cardKey(card);
  if (cache.get(key)) continue;
  cache.set(key, Buffer.from(await renderOgImage(card)));
  drawn++;
  // Lets the 'stop' message in between cards.
  await new Promise((resolve) => setImmediate(resolve));
}
await stop;
parentPort?.postMessage({ drawn });
parentPort?.close();
