import type { HostConfig, HostRule } from './host-rules.ts';
import { matchHostRule } from './match-host-rule.ts';

type Headers = Record<string, string>;
const within = (a: Headers, b: Headers) => Object.entries(a).every(([k, v]) => b[k] === v);
const minus = (a: Headers, b: Headers): Headers => Object.fromEntries(Object.entries(a).filter(([k, v]) => b[k] !== v));

/**
 * A `_headers` file (the format Cloudflare Pages and Netlify read). Such hosts apply
 * every rule whose pattern matches and join repeated headers, so no file may match two
 * rules that set the same header. Folders whose files all share a rule's headers get
 * one `/folder/*` line; a folder with mixed needs is split into its files and subfolders.
 * @param files URL paths of every file in the build, e.g. /articles/x/index.html
 */
export function renderHeadersFile(config: HostConfig, files: string[]): string {
  const visible = files.filter((f) => !config.hidden.some((h) => (h.endsWith('/') ? f.startsWith(h) : f === h)));
  const rule = (path: string) => matchHostRule(config.rules, path) as HostRule;
  const common = Object.fromEntries(Object.entries(config.rules[0]!.headers).filter(([k, v]) => config.rules.every((r) => r.headers[k] === v)));
  const out: { pattern: string; headers: Headers }[] = [{ pattern: '/*', headers: common }];
  const emit = (pattern: string, headers: Headers) => {
    if (Object.keys(headers).length) out.push({ pattern, headers });
  };
  // A page is requested by its folder URL (/x/), not /x/index.html; both get the same headers.
  const urlsOf = (file: string) => (file.endsWith('/index.html') ? [file, file.slice(0, -'index.html'.length)] : [file]);

  // `under` holds the files below `dir`; each folder passes its subfolders their own share,
  // so a site of 10,000 pages is walked once, not once per folder.
  const walk = (dir: string, inherited: Headers, under: string[]) => {
    const own = rule(dir).headers;
    const shared = under.every((f) => within(own, rule(f).headers));
    const given = shared ? { ...inherited, ...own } : inherited;
    if (shared) emit(`${encodeURI(dir)}*`, minus(own, inherited));
    const subdirs = new Map<string, string[]>();
    for (const file of under) {
      const rest = file.slice(dir.length);
      if (!rest.includes('/')) {
        for (const url of urlsOf(file)) emit(encodeURI(url), minus(rule(file).headers, given));
        continue;
      }
      const sub = dir + rest.slice(0, rest.indexOf('/') + 1);
      const files = subdirs.get(sub);
      if (files) files.push(file);
      else subdirs.set(sub, [file]);
    }
    for (const sub of [...subdirs.keys()].sort()) walk(sub, given, subdirs.get(sub)!);
  };
  walk('/', common, visible);

  return `${out.map(({ pattern, headers }) => [pattern, ...Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`)].join('\n')).join('\n\n')}\n`;
}
