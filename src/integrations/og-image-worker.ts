// One thread of the share-card pool (see og-images.ts): renders the cards it is sent.
import { parentPort } from 'node:worker_threads';
import { type OgCard, renderOgImage } from './render-og-image.ts';

parentPort?.on('message', async ({ id, card }: { id: number; card: OgCard }) => {
  try {
    parentPort?.postMessage({ id, png: await renderOgImage(card) });
  } catch (error) {
    parentPort?.postMessage({ id, error: String(error) });
  }
});
