import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildHostRules } from '../host/host-rules.ts';
import { readPagePolicy } from '../host/read-page-policy.ts';
import { renderHeadersFile } from '../host/render-headers-file.ts';
import { renderNginxConfig } from '../host/render-nginx-config.ts';
import { listFiles } from '../utils/list-files.ts';

/**
 * After the build: the response headers a host must send, made from the policy Astro
 * put into this build's pages — dist/_headers (Cloudflare Pages, Netlify),
 * dist/_host/nginx.conf, and dist/_host/rules.json for the local preview server.
 */
export function hostConfig(): AstroIntegration {
  return {
    name: 'kb:host-config',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = listFiles(root);
        const config = buildHostRules({
          pagePolicy: readPagePolicy(root),
          workers: files.filter((f) => /^\/(_astro|pagefind)\/[^/]*worker[^/]*\.js$/.test(f)),
          immutablePagefind: [
            ...new Set(files.filter((f) => /^\/pagefind\/(fragment|index|filter)\//.test(f)).map((f) => f.slice(0, f.indexOf('/', '/pagefind/'.length) + 1))),
            ...files.filter((f) => /^\/pagefind\/pagefind\.[^/]+\.pf_meta$/.test(f)),
          ],
        });
        mkdirSync(join(root, '_host'), { recursive: true });
        writeFileSync(join(root, '_host/rules.json'), `${JSON.stringify(config, null, 2)}\n`);
        writeFileSync(join(root, '_host/nginx.conf'), renderNginxConfig(config));
        writeFileSync(join(root, '_headers'), renderHeadersFile(config, files));
        logger.info(`主机配置：_headers 与 _host/nginx.conf（${config.rules.length} 条规则）`);
      },
    },
  };
}
