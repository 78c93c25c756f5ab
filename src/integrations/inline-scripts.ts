import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';

/**
 * The site's inline scripts are the files in src/client/inline/ (theme before first
 * paint; theme toggle and search shortcuts), kept readable there and minified here.
 * <InlineScript> inlines minifyInlineScript(file) and astro.config.mjs lists the hashes
 * of the same minified code, so the CSP can never drift from what pages run.
 */
const INLINE_DIR = new URL('../client/inline/', import.meta.url);

const minified = new Map<string, string>();

/** The code a page inlines for one inline-script source file (minified once per build, not once per page). */
export function minifyInlineScript(source: string): string {
  let code = minified.get(source);
  if (code === undefined) {
    code = transformSync(source, { minify: true, target: 'es2020', legalComments: 'none' }).code.trim();
    minified.set(source, code);
  }
  return code;
}

export function inlineScriptHashes(): `sha256-${string}`[] {
  return readdirSync(fileURLToPath(INLINE_DIR))
    .filter((f) => f.endsWith('.js'))
    .map((f) => minifyInlineScript(readFileSync(fileURLToPath(new URL(f, INLINE_DIR)), 'utf8')))
    .map((code) => `sha256-${createHash('sha256').update(code).digest('base64')}` as const);
}
