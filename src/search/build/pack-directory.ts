import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * A folder's files (recursively) as one buffer, so a whole Pagefind index can be one
 * build-cache entry: for each file its path length, path, content length and content.
 */
export function packDirectory(dir: string): Buffer {
  const parts: Buffer[] = [];
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name).slice(dir.length + 1))
    .sort();
  for (const name of files) {
    const path = Buffer.from(name, 'utf8');
    const content = readFileSync(join(dir, name));
    const head = Buffer.alloc(8);
    head.writeUInt32LE(path.length, 0);
    head.writeUInt32LE(content.length, 4);
    parts.push(head, path, content);
  }
  return Buffer.concat(parts);
}

/** Writes the files of a packDirectory buffer under `dir`. */
export function unpackDirectory(packed: Buffer, dir: string): void {
  for (let at = 0; at < packed.length; ) {
    const pathLength = packed.readUInt32LE(at);
    const contentLength = packed.readUInt32LE(at + 4);
    const name = packed.subarray(at + 8, at + 8 + pathLength).toString('utf8');
    const file = join(dir, name);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, packed.subarray(at + 8 + pathLength, at + 8 + pathLength + contentLength));
    at += 8 + pathLength + contentLength;
  }
}
