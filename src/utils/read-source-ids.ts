import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import yaml from 'js-yaml';
import { contentDir } from './content-dir.ts';

let cached: { key: string; ids: Set<string> } | undefined;

/**
 * The ids declared in content/sources.yaml, read synchronously so that schemas and
 * remark plugins can reject unknown citations while the content is being loaded.
 * Deliberately without the source schema (that schema checks citations through this
 * function); a missing file throws with its path.
 * Every citation of every article asks, so the parsed file is kept until it changes
 * on disk (path, size and mtime), which keeps `astro dev` current.
 */
export function readSourceIds(): Set<string> {
  const path = resolve(contentDir(), 'sources.yaml');
  const stat = statSync(path);
  const key = `${path}|${stat.size}|${stat.mtimeMs}`;
  if (cached?.key !== key) {
    const entries = (yaml.load(readFileSync(path, 'utf8'), { filename: path }) as Array<{ id?: unknown }> | undefined) ?? [];
    cached = { key, ids: new Set(entries.map((e) => String(e.id))) };
  }
  return cached.ids;
}
