import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { BuildCache } from '../../integrations/build-cache.ts';
import { packDirectory, unpackDirectory } from './pack-directory.ts';
import type { PagefindInput } from './segment-built-pages.ts';

/** Pages sent to Pagefind ahead of its answers (measured on 1,000 pages: 32 take about half the time of one at a time). */
const PAGES_IN_FLIGHT = 32;

/**
 * Writes one Pagefind index of `inputs` to `bundle`. An index made of cached inputs is
 * cached whole, keyed by the inputs in order: Pagefind's output depends on nothing else,
 * so a rebuild after one edit runs Pagefind for the one index that holds the edited page.
 */
export async function writePagefindIndex(inputs: PagefindInput[], bundle: string, primary: boolean, cache: BuildCache): Promise<void> {
  const key = inputs.every((i) => i.id) ? [String(primary), ...inputs.map((i) => i.id!)] : undefined;
  const cached = key && cache.get(key);
  rmSync(bundle, { recursive: true, force: true });
  if (cached) return unpackDirectory(cached, bundle);
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind 无法启动：${errors.join('; ')}`);
  try {
    // Pagefind's service handles messages one at a time in the order sent, so sending the
    // next pages before the last one is answered keeps it busy without changing the output.
    const inFlight: Promise<string | null>[] = [];
    const settle = async (sent: Promise<string | null>) => {
      const error = await sent;
      if (error) throw new Error(error);
    };
    for (const input of inputs) {
      inFlight.push(
        index.addHTMLFile({ url: input.url, content: input.html() }).then((r) => (r.errors.length ? `${input.url}: ${r.errors.join('; ')}` : null)),
      );
      if (inFlight.length >= PAGES_IN_FLIGHT) await settle(inFlight.shift()!);
    }
    for (const sent of inFlight) await settle(sent);
    const written = await index.writeFiles({ outputPath: bundle });
    if (written.errors.length) throw new Error(`Pagefind 写入失败：${written.errors.join('; ')}`);
    // Pagefind's bundled UIs are not used (the site has its own search page); merged
    // shards need only their index files, not another copy of the code.
    for (const f of readdirSync(bundle)) {
      if (/^pagefind-(component-ui|modular-ui|ui|highlight)\./.test(f) || (!primary && /^(pagefind\.js|pagefind-worker\.js|wasm\..*)$/.test(f)))
        rmSync(join(bundle, f));
    }
  } finally {
    // Closing the Pagefind process between indexes hands its memory back.
    await pagefind.close();
  }
  if (key) cache.set(key, packDirectory(bundle));
}
