import { readFileSync } from 'node:fs';
import { listBuiltPages } from '../utils/list-built-pages.ts';

const decode = (s: string) =>
  s
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/**
 * The Content-Security-Policy Astro computed and wrote into the built pages' <meta> tag.
 * Pages normally share one policy; if some differ (a page with its own inline script),
 * the header carries the union of their sources, so no page loses a script it needs.
 */
export function readPagePolicy(distDir: string): string {
  const directives = new Map<string, Set<string>>();
  let pages = 0;
  for (const { file } of listBuiltPages(distDir)) {
    const match = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(readFileSync(file, 'utf8'));
    if (!match) continue;
    pages++;
    for (const part of decode(match[1]!).split(';')) {
      const [name, ...sources] = part.trim().split(/\s+/);
      if (!name) continue;
      const set = directives.get(name) ?? new Set<string>();
      for (const s of sources) set.add(s);
      directives.set(name, set);
    }
  }
  if (pages === 0) throw new Error(`${distDir} 里没有任何页面带 Content-Security-Policy 的 <meta> 标签，无法生成主机的响应头配置。`);
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}
