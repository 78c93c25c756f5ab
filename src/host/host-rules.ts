/**
 * What a host must send with each file of the built site: one list of rules that the
 * nginx configuration, the _headers file and the local preview server are all made
 * from, so the three cannot drift apart. A rule matches one exact URL path or a
 * path prefix; as in nginx, an exact match wins over prefixes, a longer prefix over
 * a shorter one, and the winning rule's headers are the whole set for that file.
 */
export interface HostRule {
  match: 'exact' | 'prefix';
  path: string;
  headers: Record<string, string>;
}

export interface HostConfig {
  rules: HostRule[];
  /** URL paths of files in dist/ that exist for the host, not for readers (answered 404). */
  hidden: string[];
}

const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

/** Sent with every response, pages and files alike. */
export const COMMON_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'X-Frame-Options': 'DENY',
};

/**
 * Workers do not inherit the page's policy; Pagefind compiles its WebAssembly inside
 * the search worker, so only worker scripts get 'wasm-unsafe-eval'.
 */
export const WORKER_POLICY = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'";

/**
 * @param pagePolicy the policy Astro wrote into the pages' <meta> tag
 * @param workers URL paths of worker scripts (the site's search worker, Pagefind's own)
 * @param immutablePagefind URL paths (exact files, or folders ending in /) under /pagefind/ whose names carry a content hash
 */
export function buildHostRules({ pagePolicy, workers, immutablePagefind }: { pagePolicy: string; workers: string[]; immutablePagefind: string[] }): HostConfig {
  const page = { ...COMMON_HEADERS, 'Content-Security-Policy': `${pagePolicy.replace(/;\s*$/, '')}; frame-ancestors 'none'`, 'Cache-Control': REVALIDATE };
  const hashed = { ...COMMON_HEADERS, 'Cache-Control': IMMUTABLE };
  const pagefind = { ...COMMON_HEADERS, 'Cache-Control': REVALIDATE };
  const rules: HostRule[] = [
    { match: 'prefix', path: '/', headers: page },
    { match: 'prefix', path: '/_astro/', headers: hashed },
    { match: 'prefix', path: '/pagefind/', headers: pagefind },
    ...immutablePagefind.map((path): HostRule => ({ match: path.endsWith('/') ? 'prefix' : 'exact', path, headers: hashed })),
    ...workers.map(
      (path): HostRule => ({
        match: 'exact',
        path,
        headers: { ...(path.startsWith('/_astro/') ? hashed : pagefind), 'Content-Security-Policy': WORKER_POLICY },
      }),
    ),
  ];
  return { rules, hidden: ['/_headers', '/_host/'] };
}
