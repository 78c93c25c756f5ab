import { pollUntil } from './poll-until';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

export const NGINX_PATH = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const BROTLI_MODULE = process.env.NGINX_BROTLI_MODULE ?? '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
const INSTALL = 'sudo apt-get install -y nginx libnginx-mod-http-brotli-static';

/** A free loopback port, chosen by the kernel. */
async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

/**
 * The configuration a real host would use: the build's own _host/nginx.conf included in
 * a server block whose root is the built folder. Only the wrapper (loopback port, temp
 * paths, no daemon) is test-specific.
 */
export function renderTestNginxConf({ root, port, dir }: { root: string; port: number; dir: string }): string {
  const temp = (name: string) => `${name}_temp_path ${join(dir, name)};`;
  return `load_module ${BROTLI_MODULE};
${process.getuid?.() === 0 ? 'user root;' : ''}
daemon off;
worker_processes 1;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')} warn;
events { worker_connections 512; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}
  server {
    listen 127.0.0.1:${port};
    server_name localhost;
    root ${root};
    include ${join(root, '_host/nginx.conf')};
  }
}
`;
}

/** Starts Debian's nginx on 127.0.0.1 serving `root` with the build's config. A missing nginx is an error, never a skip. */
export async function startNginx(root: string): Promise<{ url: string; pid: number; close: () => Promise<void> }> {
  if (!existsSync(NGINX_PATH)) throw new Error(`找不到 nginx（${NGINX_PATH}）。请安装：${INSTALL}`);
  if (!existsSync(BROTLI_MODULE)) throw new Error(`找不到 nginx 的 brotli 模块（${BROTLI_MODULE}）。请安装：${INSTALL}`);
  const absRoot = resolve(root);
  if (!existsSync(join(absRoot, '_host/nginx.conf'))) throw new Error(`${root}/_host/nginx.conf 不存在：请先执行 npm run build。`);
  const port = await freePort();
  const dir = resolve(`tests/.tmp/nginx-${process.pid}-${port}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const conf = join(dir, 'nginx.conf');
  writeFileSync(conf, renderTestNginxConf({ root: absRoot, port, dir }));
  const child: ChildProcess = spawn(NGINX_PATH, ['-p', dir, '-c', conf, '-e', join(dir, 'error.log')], { stdio: ['ignore', 'ignore', 'pipe'] });
  // nginx must not outlive the test run, even when the run itself is killed.
  const stop = () => child.kill('SIGQUIT');
  process.once('exit', stop);
  let stderr = '';
  child.stderr?.on('data', (d) => (stderr += d));
  const url = `http://127.0.0.1:${port}`;
  const ready = await pollUntil(
    async () => {
      if (child.exitCode !== null)
        throw new Error(`nginx 没能启动：${stderr}${existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : ''}`);
      try {
        // Ready means serving the precompressed page: nginx's brotli module answers
        // uncompressed for a moment after start-up.
        const probe = await fetch(`${url}/`, { headers: { 'Accept-Encoding': 'br' } });
        await probe.arrayBuffer();
        return probe.headers.get('content-encoding') === 'br';
      } catch {
        return false;
      }
    },
    15_000,
    100,
  );
  if (!ready) throw new Error(`nginx 15 秒内没有在 ${url} 上应答：${stderr}`);
  return {
    url,
    pid: child.pid!,
    close: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => {
          process.off('exit', stop);
          rmSync(dir, { recursive: true, force: true });
          done();
        });
        child.kill('SIGQUIT');
      }),
  };
}
