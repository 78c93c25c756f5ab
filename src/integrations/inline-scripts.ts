import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The only inline scripts the site ships (theme before first paint; theme toggle and
 * search shortcuts). Their CSP hashes are computed from the same files the layout
 * inlines, so the policy can never drift from the code.
 */
export const INLINE_SCRIPT_FILES = ['theme-init.js', 'page-controls.js'] as const;

export function inlineScriptHashes(): `sha256-${string}`[] {
  return INLINE_SCRIPT_FILES.map((name) => {
    const code = readFileSync(fileURLToPath(new URL(`../client/inline/${name}`, import.meta.url)), 'utf8');
    return `sha256-${createHash('sha256').update(code).digest('base64')}` as const;
  });
}
