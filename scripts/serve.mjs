// Static file server for the built site (dist/): used by `npm start`, the browser
// tests and the benchmarks. Serves /404.html with status 404, directory indexes, and
// optional overlays (e.g. an alternative /pagefind/ index for the search evaluation).
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.ics': 'text/calendar; charset=utf-8',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

// Workers do not inherit the page's <meta> policy. Pagefind's WebAssembly runs only in
// the search worker, so only worker scripts get 'wasm-unsafe-eval' — nothing else does.
const WORKER_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'";

/**
 * @param {{ root: string, port?: number, host?: string, overlays?: Record<string, string> }} options
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export function serveStatic({ root, port = 0, host = '127.0.0.1', overlays = {} }) {
  const base = resolve(root);
  const server = createServer((req, res) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      res.writeHead(400).end('Bad request');
      return;
    }
    let dir = base;
    let rel = pathname;
    for (const [prefix, target] of Object.entries(overlays)) {
      // An overlay maps a URL prefix to a folder, or one exact URL to a file.
      if (pathname === prefix || (prefix.endsWith('/') && pathname.startsWith(prefix))) {
        dir = resolve(target);
        rel = pathname === prefix && !prefix.endsWith('/') ? '' : `/${pathname.slice(prefix.length)}`;
      }
    }
    let file = rel ? normalize(join(dir, rel)) : dir;
    if (!file.startsWith(dir)) {
      res.writeHead(403).end('Forbidden');
      return;
    }
    if (rel && existsSync(file) && statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        res.writeHead(301, { Location: `${pathname}/` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    let status = 200;
    if (!existsSync(file)) {
      status = 404;
      file = join(base, '404.html');
      if (!existsSync(file)) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
        return;
      }
    }
    const headers = {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    };
    if (/worker[^/]*\.js$/.test(file)) headers['Content-Security-Policy'] = WORKER_CSP;
    res.writeHead(status, headers);
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  return new Promise((resolvePromise) => {
    server.listen(port, host, () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolvePromise({
        url: `http://${host}:${actualPort}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = process.argv[2] ?? 'dist';
  const port = Number(process.env.PORT ?? 4321);
  if (!existsSync(join(root, 'index.html'))) {
    console.error(`找不到 ${root}/index.html：请先运行 npm run build。`);
    process.exit(1);
  }
  const { url } = await serveStatic({ root, port, host: process.env.HOST ?? '127.0.0.1' });
  console.log(`\n  网站已在本机运行：${url}/\n  按 Ctrl+C 停止。\n`);
}
