// Local preview of the built site (dist/) for `npm start`, the browser tests and the
// benchmarks. The HTTP work — path resolution, traversal checks, redirects, ranges,
// validators, precompressed .br/.gz — is @fastify/static's; this file only says which
// headers to send (the same rules the build wrote for nginx and _headers), which page
// answers 404, and that only GET and HEAD are accepted.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import Fastify from 'fastify';
import { COMMON_HEADERS } from '../src/host/host-rules.ts';
import { matchHostRule } from '../src/host/match-host-rule.ts';

const TEXT = 'text/plain; charset=utf-8';

/** The header rules a build wrote to _host/rules.json; a build without them (e.g. a stock Astro build) gets none. */
function readHostConfig(base) {
  const file = join(base, '_host/rules.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { rules: [], hidden: [] };
}

/**
 * @fastify/static follows symbolic links, which could lead out of the site's folder.
 * A build never contains any, so a root that does is refused before serving.
 */
function refuseSymlinks(base) {
  const link = readdirSync(base, { recursive: true, withFileTypes: true }).find((entry) => entry.isSymbolicLink());
  if (link) throw new Error(`${relative(process.cwd(), join(link.parentPath, link.name))} 是符号链接：预览服务器不提供符号链接，请删除它或重新构建。`);
}

/**
 * @param {{ root: string, port?: number, host?: string, overlays?: Record<string, string> }} options
 *   overlays map a URL prefix ending in / to another folder, or one exact URL to a file
 *   (e.g. an alternative /pagefind/ index for the search evaluation).
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serveStatic({ root, port = 0, host = '127.0.0.1', overlays = {} }) {
  const base = resolve(root);
  refuseSymlinks(base);
  const { rules, hidden } = readHostConfig(base);
  const app = Fastify({ logger: false, forceCloseConnections: true });

  // Rule-specific headers (policy, caching) by the file's URL path inside its root.
  const headersFor =
    (folder, prefix = '/') =>
    (reply, file) => {
      const urlPath = `${prefix}${relative(folder, file).split(sep).join('/')}`.replace(/\.(br|gz)$/, '');
      const rule = matchHostRule(rules, urlPath);
      reply.headers(rule?.headers ?? {});
    };
  const staticOptions = (folder, prefix = '/') => ({
    root: folder,
    index: ['index.html'],
    preCompressed: true,
    redirect: true,
    dotfiles: 'ignore',
    cacheControl: false,
    etag: true,
    lastModified: true,
    setHeaders: headersFor(folder, prefix),
  });

  app.addHook('onRequest', async (_request, reply) => {
    reply.headers(COMMON_HEADERS);
  });
  await app.register(fastifyStatic, {
    ...staticOptions(base),
    allowedPath: (pathName) => !hidden.some((h) => (h.endsWith('/') ? pathName.startsWith(h) : pathName === h)),
  });
  for (const [prefix, target] of Object.entries(overlays)) {
    if (prefix.endsWith('/')) {
      await app.register(fastifyStatic, { ...staticOptions(resolve(target), prefix), prefix, decorateReply: false });
    } else {
      app.get(prefix, (_request, reply) => reply.sendFile(basename(target), resolve(dirname(target))));
    }
  }

  app.setNotFoundHandler((request, reply) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return reply.code(405).header('Allow', 'GET, HEAD').type(TEXT).send('只接受 GET 和 HEAD 请求。\n');
    }
    if (!existsSync(join(base, '404.html'))) return reply.code(404).type(TEXT).send('找不到这个页面。\n');
    return reply.code(404).sendFile('404.html', base);
  });
  app.setErrorHandler((error, _request, reply) => {
    if (process.env.KB_SERVE_DEBUG) console.error(error);
    const status = error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    const message = status === 403 ? '不允许访问这个地址。\n' : status < 500 ? '请求有误。\n' : '服务器读取文件时出错了，请稍后再试。\n';
    return reply.code(status).type(TEXT).send(message);
  });

  await app.listen({ port, host });
  const address = app.server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return { url: `http://${host}:${actualPort}`, close: () => app.close() };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = process.argv[2] ?? 'dist';
  const port = Number(process.env.PORT ?? 4321);
  const host = process.env.HOST ?? '127.0.0.1';
  if (!existsSync(join(root, 'index.html'))) {
    console.error(`找不到 ${root}/index.html：请先运行 npm run build。`);
    process.exit(1);
  }
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`PORT=${process.env.PORT} 不是有效的端口号，请填 0 到 65535 之间的整数，例如 PORT=4322 npm start。`);
    process.exit(1);
  }
  try {
    const { url } = await serveStatic({ root, port, host });
    console.log(`\n  网站已在本机运行：${url}/\n  按 Ctrl+C 停止。\n`);
  } catch (error) {
    if (error?.code === 'EADDRINUSE') console.error(`端口 ${port} 已被占用（也许 npm run dev 或另一个预览还在运行）。换一个端口：PORT=4322 npm start`);
    else if (error?.code === 'EADDRNOTAVAIL') console.error(`本机没有地址 ${host}，请检查 HOST。`);
    else console.error(`预览服务器没能启动：${error?.message ?? error}`);
    process.exit(1);
  }
}
