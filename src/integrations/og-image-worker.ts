// One thread of the share-card pool (see og-images.ts): renders the cards it is sent.
import { parentPort } from 'node:worker_threads';
import { type OgCard, renderOgImage } from './render-og-image.ts';

parentPort?.on('message', async ({ id, input }: { id: number; input: OgCard }) => {
  try {
    parentPort?.postMessage({ id, output: await renderOgImage(input) });
  } catch (error) {
    parentPort?.postMessage({ id, error: String(error) });
  }
});
