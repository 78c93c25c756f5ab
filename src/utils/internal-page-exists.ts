import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir } from './content-dir.ts';

/**
 * True when an internal href (/articles/<slug>/, /templates/<id>/, /tools/<tool>/, with an
 * optional #fragment) names a page the build produces, so content can fail the build on a
 * link to a page that does not exist.
 */
export function internalPageExists(href: string): boolean {
  const match = /^\/(articles|templates|tools)\/([a-z0-9-]+)\/(#[\w-]+)?$/.exec(href);
  if (!match) return false;
  const [, kind, id] = match;
  if (kind === 'articles') return ['mdx', 'md'].some((ext) => existsSync(join(contentDir(), 'articles', `${id}.${ext}`)));
  if (kind === 'templates') return existsSync(join(contentDir(), 'templates', `${id}.md`));
  return existsSync(join(process.cwd(), 'src', 'pages', 'tools', id!, 'index.astro'));
}
