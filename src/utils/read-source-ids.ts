import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { contentDir } from './content-dir.ts';

/**
 * The ids declared in content/sources.yaml, read synchronously so that schemas and
 * remark plugins can reject unknown citations while the content is being loaded.
 * Deliberately without the source schema (that schema checks citations through this
 * function); a missing file throws with its path.
 */
export function readSourceIds(): Set<string> {
  const path = join(contentDir(), 'sources.yaml');
  const entries = (yaml.load(readFileSync(path, 'utf8'), { filename: path }) as Array<{ id?: unknown }> | undefined) ?? [];
  return new Set(entries.map((e) => String(e.id)));
}
