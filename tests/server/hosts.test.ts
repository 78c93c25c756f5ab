import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/serve.mjs';
import { requireDist } from '../helpers/dist';
import { startNginx } from '../helpers/nginx';
import { pollUntil } from '../helpers/poll-until';

/**
 * Every server fault of the security probe (shared/audits/security-2026-12.md, section 1.1),
 * replayed byte for byte against both servers the project ships a configuration for: the
 * local preview (npm start) and nginx with the build's _host/nginx.conf. The site is a copy
 * of dist/ with the probe's traps beside it: sibling folders named dist*, a folder where a
 * page should be.
 */
const scratch = resolve('tests/.tmp/hosts');
const root = join(scratch, 'site/dist');

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** One raw HTTP/1.1 request, path sent exactly as given (like curl --path-as-is). */
function raw(base: string, method: string, path: string, headers: Record<string, string> = {}): Promise<Answer> {
  const { hostname, port } = new URL(base);
  return new Promise((done, fail) => {
    const socket = connect(Number(port), hostname, () => {
      const all = { Host: `${hostname}:${port}`, Connection: 'close', ...headers };
      const lines = [`${method} ${path} HTTP/1.1`, ...Object.entries(all).map(([k, v]) => `${k}: ${v}`)];
      socket.write(`${lines.join('\r\n')}\r\n\r\n`);
    });
    const chunks: Buffer[] = [];
    socket.on('data', (c) => chunks.push(c));
    socket.on('error', fail);
    socket.setTimeout(10_000, () => socket.destroy(new Error(`no answer to ${method} ${path}`)));
    socket.on('end', () => {
      const all = Buffer.concat(chunks);
      const split = all.indexOf('\r\n\r\n');
      const head = all.subarray(0, split).toString('latin1').split('\r\n');
      const status = Number(head[0]!.split(' ')[1]);
      const parsed: Record<string, string> = {};
      for (const line of head.slice(1)) {
        const i = line.indexOf(':');
        const name = line.slice(0, i).toLowerCase();
        parsed[name] = parsed[name] ? `${parsed[name]}, ${line.slice(i + 1).trim()}` : line.slice(i + 1).trim();
      }
      let body: Buffer = all.subarray(split + 4);
      if (/chunked/i.test(parsed['transfer-encoding'] ?? '')) body = unchunk(body);
      done({ status, headers: parsed, body });
    });
  });
}

function unchunk(data: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const eol = data.indexOf('\r\n', at);
    const size = parseInt(data.subarray(at, eol).toString(), 16);
    if (!size) return Buffer.concat(parts);
    parts.push(data.subarray(eol + 2, eol + 2 + size));
    at = eol + 2 + size + 2;
  }
}

const get = (base: string, path: string, headers?: Record<string, string>) => raw(base, 'GET', path, headers);
const text = (a: Answer) => a.body.toString('utf8');
const notFoundPage = () => readFileSync(join(root, '404.html'), 'utf8');
const pageCsp = () =>
  /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(readFileSync(join(root, 'index.html'), 'utf8'))![1]!.replace(/&#39;/g, "'");
const directives = (policy = '') =>
  policy
    .split(';')
    .map((d) => d.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
const astroFile = (pattern: RegExp) => `/_astro/${readdirSync(join(root, '_astro')).find((f) => pattern.test(f))}`;

/** Open descriptors of a process and of its children (nginx's worker does the reading). */
function openFiles(pid: number): number {
  const children = readdirSync(`/proc/${pid}/task`).flatMap((t) =>
    readFileSync(`/proc/${pid}/task/${t}/children`, 'utf8').split(' ').filter(Boolean).map(Number),
  );
  return [pid, ...children].reduce((n, p) => n + readdirSync(`/proc/${p}/fd`).length, 0);
}

beforeAll(() => {
  requireDist();
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(join(scratch, 'site'), { recursive: true });
  cpSync('dist', root, { recursive: true });
  mkdirSync(join(scratch, 'site/dist-secret'));
  writeFileSync(join(scratch, 'site/dist-secret/secret.txt'), 'SIBLING-SECRET\n');
  writeFileSync(join(scratch, 'site/dist.zip'), 'ZIP-SECRET\n');
  mkdirSync(join(root, 'weird/index.html'), { recursive: true });
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const servers: { name: string; start: () => Promise<{ url: string; pid: number; close: () => Promise<void> }> }[] = [
  { name: 'preview server (npm start)', start: async () => ({ ...(await serveStatic({ root })), pid: process.pid }) },
  { name: 'nginx with the built _host/nginx.conf', start: () => startNginx(root) },
];

describe.each(servers)('$name', ({ start }) => {
  let base = '';
  let pid = 0;
  let close: () => Promise<void> = async () => {};
  beforeAll(async () => {
    ({ url: base, pid, close } = await start());
  });
  afterAll(() => close());

  const alive = async () => expect((await get(base, '/')).status).toBe(200);

  it('S25: a Chinese folder without its final slash is redirected, and the server keeps answering', async () => {
    const a = await get(base, '/tags/%E5%82%AC%E6%94%B6%E6%B5%81%E7%A8%8B');
    expect(a.status).toBe(301);
    expect(a.headers.location).toBe('/tags/%E5%82%AC%E6%94%B6%E6%B5%81%E7%A8%8B/');
    expect((await get(base, a.headers.location!)).status).toBe(200);
    expect((await get(base, '/tags')).headers.location).toBe('/tags/');
  });

  it('S26: CR/LF in the path neither injects a header nor stops the server', async () => {
    const a = await get(base, '/x%0D%0ASet-Cookie:%20a=b%2F..%2Ftags');
    expect(a.status).toBeLessThan(500);
    expect(a.headers['set-cookie']).toBeUndefined();
    await alive();
  });

  it('S10: files in sibling folders whose name starts with dist are never served', async () => {
    for (const path of ['/..%2fdist-secret/secret.txt', '/%2e%2e%2fdist-secret/secret.txt', '/..%2fdist.zip', '/..%2F..%2Fsite%2Fdist-secret%2Fsecret.txt']) {
      const a = await get(base, path);
      expect(a.status, path).not.toBe(200);
      expect(text(a), path).not.toMatch(/SECRET/);
    }
  });

  it('S01–S09: traversal payloads never reach /etc/passwd', async () => {
    const payloads = [
      '/../../../../etc/passwd',
      '/..%2f..%2f..%2f..%2fetc%2fpasswd',
      '/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
      '/%252e%252e%252f%252e%252e%252fetc%252fpasswd',
      '/..\\..\\..\\etc\\passwd',
      '/..%5c..%5c..%5cetc%5cpasswd',
      '/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd',
      '/index.html%00.png',
      '/%',
      '/%E4%B8',
    ];
    for (const path of payloads) {
      const a = await get(base, path);
      expect(text(a), path).not.toMatch(/root:x:0:0/);
      expect(a.status, path).toBeLessThan(500);
    }
    await alive();
  });

  it('S27: no redirect ever leaves the site', async () => {
    for (const path of ['/%2Fevil.example%2F..%2Ftags', '/%5Cevil.example%2F..%2Ftags', '//evil.example/..%2Ftags', '/%2F%2Fevil.example']) {
      const { headers } = await get(base, path);
      if (headers.location) {
        expect(headers.location, path).toMatch(/^\/(?![/\\])/);
        expect(headers.location, path).not.toContain('evil');
      }
    }
  });

  it('S13: every method except GET and HEAD is refused with 405 and Allow', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'PROPFIND']) {
      const a = await raw(base, method, '/index.html', { 'Content-Length': '0' });
      expect(a.status, method).toBe(405);
      expect(a.headers.allow, method).toBe('GET, HEAD');
      expect(text(a), method).not.toContain('<html');
    }
  });

  it('S15: HEAD gives the headers of GET and no body', async () => {
    const head = await raw(base, 'HEAD', '/search/');
    const full = await get(base, '/search/');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers['content-type']).toBe(full.headers['content-type']);
  });

  it('S19: validators answer 304; hashed files are immutable, pages revalidate', async () => {
    const page = await get(base, '/glossary/');
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.headers.etag).toBeTruthy();
    expect((await get(base, '/glossary/', { 'If-None-Match': page.headers.etag! })).status).toBe(304);
    expect((await get(base, '/glossary/', { 'If-Modified-Since': page.headers['last-modified']! })).status).toBe(304);
    expect((await get(base, astroFile(/\.css$/))).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const fragment = `/pagefind/fragment/${readdirSync(join(root, 'pagefind/fragment'))[0]}`;
    expect((await get(base, fragment)).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await get(base, '/pagefind/pagefind-entry.json')).headers['cache-control']).toBe('no-cache');
  });

  it('serves the brotli and gzip files made at build, and says it varies on Accept-Encoding', async () => {
    const original = readFileSync(join(root, 'glossary/index.html'));
    const br = await get(base, '/glossary/', { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(br.body).equals(original)).toBe(true);
    const gz = await get(base, '/glossary/', { 'Accept-Encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).equals(original)).toBe(true);
    const plain = await get(base, '/glossary/');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(original)).toBe(true);
  });

  it('S22: security headers come as HTTP headers, with the pages’ policy plus frame-ancestors', async () => {
    for (const path of ['/', '/articles/spot-fake-collectors/', '/no-such-page/']) {
      const { headers } = await get(base, path);
      expect(headers['x-content-type-options'], path).toBe('nosniff');
      expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
      expect(headers['permissions-policy'], path).toContain('camera=()');
      expect(directives(headers['content-security-policy']), path).toEqual([...directives(pageCsp()), "frame-ancestors 'none'"]);
      expect(headers['content-security-policy'], path).not.toContain('wasm-unsafe-eval');
    }
    const worker = await get(base, astroFile(/^search\.worker-.*\.js$/));
    expect(worker.headers['content-security-policy']).toContain("'wasm-unsafe-eval'");
    const script = await get(base, astroFile(/^(?!search\.worker).*\.js$/));
    expect(script.headers['content-security-policy'] ?? '').not.toContain('wasm-unsafe-eval');
    const refused = await raw(base, 'DELETE', '/', { 'Content-Length': '0' });
    expect(refused.headers['x-content-type-options']).toBe('nosniff');
  });

  it('S23: a missing page or file answers 404 with the Chinese page', async () => {
    for (const path of ['/no-such-page/', '/_astro/missing.js', '/articles/%E4%B8%8D%E5%AD%98%E5%9C%A8/']) {
      const a = await get(base, path);
      expect(a.status, path).toBe(404);
      expect(a.headers['content-type'], path).toMatch(/^text\/html/);
      expect(text(a), path).toBe(notFoundPage());
    }
  });

  it('S20: lists no folder, and keeps the host’s own files to itself', async () => {
    for (const path of ['/_astro/', '/pagefind/', '/pagefind/fragment/', '/og/', '/_headers', '/_host/nginx.conf', '/_host/rules.json']) {
      const a = await get(base, path);
      expect(a.status, path).toBe(404);
      expect(text(a), path).toBe(notFoundPage());
    }
  });

  it('S31: a folder where a page should be is an error for that request only', async () => {
    const a = await get(base, '/weird/');
    expect(a.status).not.toBe(200);
    await alive();
  });

  it('S30: a file that disappears while it is being requested does not stop the server', async () => {
    const file = join(root, 'race.txt');
    for (let round = 0; round < 40; round++) {
      writeFileSync(file, 'x'.repeat(100_000));
      const answers = Promise.all(Array.from({ length: 5 }, () => get(base, '/race.txt')));
      unlinkSync(file);
      for (const a of await answers) expect([200, 404]).toContain(a.status);
    }
    await alive();
  });

  it('S32: downloads aborted on their first byte leak no file descriptors', async () => {
    const before = openFiles(pid);
    const abortOnce = () =>
      new Promise<void>((done) => {
        const { port } = new URL(base);
        const s = connect(Number(port), '127.0.0.1', () => s.write('GET /glossary/ HTTP/1.1\r\nHost: x\r\n\r\n'));
        s.once('data', () => s.destroy());
        s.on('close', () => done());
        s.on('error', () => done());
      });
    for (let i = 0; i < 3; i++) await Promise.all(Array.from({ length: 100 }, abortOnce));
    expect(await pollUntil(() => openFiles(pid) <= before + 10, 5_000), `${openFiles(pid)} open files, ${before} before`).toBe(true);
    await alive();
  });

  it('S16/S17: oversized headers and URLs are refused (an error status or a closed connection), and the server keeps answering', async () => {
    const refused = (a: Promise<Answer>) =>
      a.then(
        (r) => String(r.status),
        (e: NodeJS.ErrnoException) => e.code,
      );
    expect(await refused(get(base, `/${'a'.repeat(100_000)}`))).toMatch(/^(4\d\d|ECONNRESET|EPIPE)$/);
    expect(await refused(get(base, '/', { 'X-Big': 'b'.repeat(1_000_000) }))).toMatch(/^(4\d\d|ECONNRESET|EPIPE)$/);
    await alive();
  });

  it('S37: a spoofed Host header changes nothing', async () => {
    const a = await get(base, '/', { Host: 'evil.example' });
    expect(a.status).toBe(200);
  });
});

describe('S11: symbolic links inside the site', () => {
  it('the build contains none, so nginx (which keeps its default and follows them) has none to follow', () => {
    const links = readdirSync('dist', { recursive: true, withFileTypes: true }).filter((e) => e.isSymbolicLink());
    expect(links.map((e) => join(e.parentPath, e.name))).toEqual([]);
  });

  it('the preview server will not start on a folder that contains one', async () => {
    const link = join(root, 'etc-link');
    symlinkSync('/etc', link);
    try {
      await expect(serveStatic({ root })).rejects.toThrow(/etc-link 是符号链接/);
    } finally {
      unlinkSync(link);
    }
  });
});

describe('S34/S35: npm start explains start-up problems in one Chinese line', () => {
  const cli = (env: Record<string, string>, args: string[] = [root]) =>
    new Promise<{ code: number | null; stderr: string }>((done) => {
      const child = spawn(process.execPath, ['scripts/serve.mjs', ...args], { env: { ...process.env, ...env } });
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      child.on('exit', (code) => done({ code, stderr }));
    });

  it('a busy port', async () => {
    const busy = createServer().listen(0, '127.0.0.1');
    await new Promise((r) => busy.once('listening', r));
    const { port } = busy.address() as { port: number };
    try {
      const { code, stderr } = await cli({ PORT: String(port) });
      expect(code).toBe(1);
      expect(stderr.trim()).toBe(`端口 ${port} 已被占用（也许 npm run dev 或另一个预览还在运行）。换一个端口：PORT=4322 npm start`);
    } finally {
      busy.close();
    }
  });

  it('a port that is not a number, and a missing build', async () => {
    expect((await cli({ PORT: 'abc' })).stderr.trim()).toMatch(/^PORT=abc 不是有效的端口号/);
    const missing = await cli({}, ['tests/.tmp/no-such-build']);
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim()).toBe('找不到 tests/.tmp/no-such-build/index.html：请先运行 npm run build。');
  });
});

it('the probe’s traps are in place, so the cases above test what they claim', () => {
  expect(existsSync(join(scratch, 'site/dist-secret/secret.txt'))).toBe(true);
  expect(existsSync(join(root, 'weird/index.html'))).toBe(true);
});
