import { hashFiles } from './hash-files.ts';
import { listFiles } from './list-files.ts';

/**
 * A hash of every content file that is not an article or a letter template (sources, glossary,
 * processes, tools' data, search words): what articles show besides their own file.
 */
export function hashSharedData(root: string): string {
  return hashFiles(
    root,
    listFiles(root).filter((f) => !/^\/(articles|templates)\//.test(f)),
  );
}
