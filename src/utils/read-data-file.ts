import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import yaml from 'js-yaml';

/**
 * Root of the authored content. Tests point it at fixtures with KB_CONTENT_DIR;
 * everything that reads content (collections, remark plugins, checks) goes through here.
 */
export function contentDir(): string {
  return resolve(process.env.KB_CONTENT_DIR ?? 'content');
}

/**
 * Reads and parses a YAML (or JSON) file under the content directory.
 * Precondition: the file exists; a missing file throws with its path.
 */
export function readDataFile<T = unknown>(relativePath: string): T {
  const path = resolve(contentDir(), relativePath);
  return yaml.load(readFileSync(path, 'utf8'), { filename: path }) as T;
}
