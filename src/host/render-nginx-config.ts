import { COMMON_HEADERS, type HostConfig } from './host-rules.ts';

const quote = (value: string) => {
  if (/["\\$\n]/.test(value)) throw new Error(`响应头的值不能放进 nginx 配置：${value}`);
  return `"${value}"`;
};
const headerLines = (headers: Record<string, string>, indent: string) =>
  Object.entries(headers).map(([name, value]) => `${indent}add_header ${name} ${quote(value)} always;`);

/**
 * An nginx snippet for inside a `server { }` block whose `root` is the built site.
 * It needs Debian's libnginx-mod-http-brotli-static for `brotli_static`.
 */
export function renderNginxConfig(config: HostConfig): string {
  const lines = [
    '# 由构建生成（src/integrations/host-config.ts），与本次构建的页面策略一致；不要手改。',
    '# 用法：在 server { } 里写 root <构建目录>; 然后 include <构建目录>/_host/nginx.conf;',
    'index index.html;',
    'charset utf-8;',
    'server_tokens off;',
    'autoindex off;',
    'absolute_redirect off;',
    // Not `disable_symlinks on`: with it, Debian's brotli_static module intermittently
    // skips the .br file (measured on nginx 1.22.1). The build never writes symlinks.
    'disable_symlinks off;',
    'etag on;',
    'gzip_static on;',
    'brotli_static on;',
    'gzip_vary on;',
    'error_page 404 /404.html;',
    '# A folder without index.html is "not found" to a reader, not "forbidden".',
    'error_page 403 =404 /404.html;',
    '# For answers nginx gives before it picks a location (e.g. 400 for a malformed path).',
    ...headerLines(COMMON_HEADERS, ''),
    '',
    '# 只读网站：GET 和 HEAD 之外的方法一律 405。',
    'if ($request_method !~ ^(GET|HEAD)$) { return 405; }',
    'error_page 405 @method-not-allowed;',
    'location @method-not-allowed {',
    '  default_type "text/plain; charset=utf-8";',
    '  add_header Allow "GET, HEAD" always;',
    ...headerLines(COMMON_HEADERS, '  '),
    '  return 405 "只接受 GET 和 HEAD 请求。\\n";',
    '}',
    '',
  ];
  for (const path of config.hidden) {
    lines.push(`location ${path.endsWith('/') ? '^~' : '='} ${path} { return 404; }`);
  }
  for (const rule of config.rules) {
    const modifier = rule.match === 'exact' ? '= ' : rule.path === '/' ? '' : '^~ ';
    lines.push('', `location ${modifier}${encodeURI(rule.path)} {`, ...headerLines(rule.headers, '  '), '}');
  }
  return `${lines.join('\n')}\n`;
}
