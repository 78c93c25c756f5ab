import { readDataFile } from './read-data-file.ts';

/**
 * The ids declared in content/sources.yaml, read synchronously so that schemas and
 * remark plugins can reject unknown citations while the content is being loaded.
 */
export function readSourceIds(): Set<string> {
  const entries = readDataFile<Array<{ id?: unknown }>>('sources.yaml') ?? [];
  return new Set(entries.map((e) => String(e.id)));
}
