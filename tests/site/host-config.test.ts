import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { HostConfig } from '@/host/host-rules';
import { matchHostRule } from '@/host/match-host-rule';
import { listFiles } from '@/utils/list-files';
import { DIST, listPages, requireDist } from '../helpers/dist';

/**
 * The host files the build writes (dist/_headers, dist/_host/nginx.conf) come from one
 * rule list (dist/_host/rules.json). nginx and the preview server are exercised in
 * tests/server; here the _headers file is read the way Cloudflare Pages and Netlify read
 * it, and every file of the build must get exactly the headers the rules give it.
 */
const config = (): HostConfig => JSON.parse(readFileSync(join(DIST, '_host/rules.json'), 'utf8'));
const files = () => listFiles(DIST).filter((f) => !/\.(br|gz)$/.test(f) && !f.startsWith('/_host/') && f !== '/_headers');
const directives = (policy: string) =>
  policy
    .split(';')
    .map((d) => d.trim().replace(/\s+/g, ' '))
    .filter(Boolean);

/** Reads a _headers file: blocks of a path pattern followed by indented "Name: value" lines. */
function parseHeadersFile(text: string): { pattern: string; headers: [string, string][] }[] {
  const rules: { pattern: string; headers: [string, string][] }[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: decodeURI(line.trim()), headers: [] });
    else {
      const i = line.indexOf(':');
      rules.at(-1)!.headers.push([line.slice(0, i).trim(), line.slice(i + 1).trim()]);
    }
  }
  return rules;
}

/** What such a host sends for a path: every matching rule applies, repeated headers are joined. */
function headersFromFile(rules: ReturnType<typeof parseHeadersFile>, path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    const matches = rule.pattern.endsWith('*') ? path.startsWith(rule.pattern.slice(0, -1)) : path === rule.pattern;
    if (!matches) continue;
    for (const [name, value] of rule.headers) out[name] = out[name] ? `${out[name]}, ${value}` : value;
  }
  return out;
}

describe('host configuration written by the build', () => {
  it('_headers gives every file and page address exactly the headers nginx and the preview server send', () => {
    requireDist();
    const rules = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));
    const { rules: hostRules } = config();
    const paths = files().flatMap((f) => (f.endsWith('/index.html') ? [f, f.slice(0, -'index.html'.length)] : [f]));
    expect(paths.length).toBeGreaterThan(100);
    for (const path of paths) expect(headersFromFile(rules, path), path).toEqual(matchHostRule(hostRules, path)!.headers);
    expect(rules.length).toBeLessThanOrEqual(100); // Cloudflare Pages reads at most 100 rules
  });

  it('pages get their own policy plus frame-ancestors; only worker scripts may compile WebAssembly', () => {
    const { rules } = config();
    const meta = new Set(listPages().map((p) => /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(p.html)?.[1]?.replace(/&#39;/g, "'")));
    expect(meta.size).toBe(1);
    const page = matchHostRule(rules, '/articles/limitation-period/')!.headers['Content-Security-Policy']!;
    expect(directives(page)).toEqual([...directives([...meta][0]!), "frame-ancestors 'none'"]);
    const wasm = rules.filter((r) => r.headers['Content-Security-Policy']?.includes('wasm-unsafe-eval')).map((r) => r.path);
    expect(wasm.length).toBeGreaterThan(0);
    for (const path of wasm) expect(path).toMatch(/worker[^/]*\.js$/);
    // The worker the search page actually starts is one of them.
    const started = files()
      .filter((f) => f.startsWith('/_astro/') && f.endsWith('.js'))
      .flatMap((f) => [...readFileSync(join(DIST, f), 'utf8').matchAll(/new Worker\(new URL\(`([^`]+)`/g)].map((m) => m[1]!));
    expect(started.length).toBeGreaterThan(0);
    for (const worker of started) expect(wasm).toContain(worker);
  });

  it('hashed files are cached for a year, pages and unhashed Pagefind files revalidate', () => {
    const { rules } = config();
    const cache = (path: string) => matchHostRule(rules, path)!.headers['Cache-Control'];
    for (const f of files()) {
      if (f.startsWith('/_astro/') || /^\/pagefind\/(fragment|index|filter)\//.test(f) || /\.pf_meta$/.test(f))
        expect(cache(f), f).toBe('public, max-age=31536000, immutable');
      else expect(cache(f), f).toBe('no-cache');
    }
  });

  it('every text file has brotli and gzip copies made at build that decompress to it', () => {
    const text = files().filter((f) => /\.(html|css|js|json|xml|svg|txt)$/.test(f));
    expect(text.length).toBeGreaterThan(90);
    for (const f of text) {
      const original = readFileSync(join(DIST, f));
      if (original.length < 256) continue;
      expect(brotliDecompressSync(readFileSync(join(DIST, `${f}.br`))).equals(original), `${f}.br`).toBe(true);
      expect(gunzipSync(readFileSync(join(DIST, `${f}.gz`))).equals(original), `${f}.gz`).toBe(true);
    }
  });

  it('the nginx snippet has a location for every rule and refuses methods other than GET and HEAD', () => {
    const conf = readFileSync(join(DIST, '_host/nginx.conf'), 'utf8');
    for (const rule of config().rules)
      expect(conf).toContain(`location ${rule.match === 'exact' ? '= ' : rule.path === '/' ? '' : '^~ '}${encodeURI(rule.path)} {`);
    expect(conf).toContain('if ($request_method !~ ^(GET|HEAD)$) { return 405; }');
    expect(conf).toMatch(/brotli_static on;\ngzip_vary on;/);
  });
});
