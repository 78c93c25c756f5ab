import type { VFile } from 'vfile';

/** True for a file under content/articles/ (plugins that only touch articles check this). */
export const isArticle = (path: string | undefined) => !!path && /[\\/]articles[\\/][^\\/]+\.mdx?$/.test(path);

/**
 * Records a value in the page's remarkPluginFrontmatter, where pages read it after
 * render() (see renderArticle in src/data/articles.ts).
 */
export function recordFrontmatter(file: VFile, key: string, value: unknown): void {
  const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
  data.astro ??= {};
  data.astro.frontmatter ??= {};
  data.astro.frontmatter[key] = value;
}
