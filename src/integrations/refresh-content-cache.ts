import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentDir } from '../utils/content-dir.ts';
import { hashContentCode } from '../utils/hash-content-code.ts';
import { hashSharedData } from '../utils/hash-shared-data.ts';

/**
 * Astro's content layer renders a Markdown article once and reuses the result until the
 * article's own file changes. Our remark/rehype plugins also read the glossary (term links),
 * the sources (citations) and the processes (stage days), so without this a rebuild kept the
 * old links and numbers in every cached article (tests/build/incremental-build.test.ts caught
 * it on a clean clone). Before content is synced, this compares those files with the previous
 * build and, if they changed, drops Astro's data store, as `astro build --force` would. The
 * same for our schemas and plugins (hashContentCode): Astro only notices edits to the
 * content config file itself.
 */
export function refreshContentCache(): AstroIntegration {
  return {
    name: 'kb:refresh-content-cache',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const cacheDir = fileURLToPath(config.cacheDir);
        const stamp = join(cacheDir, 'kb-shared-data.sha256');
        // The content folder itself too: a build of another folder (KB_CONTENT_DIR, the benchmarks)
        // leaves entries whose files this build does not have.
        const current = `${contentDir()} ${hashSharedData(contentDir())} ${hashContentCode(fileURLToPath(config.root))}`;
        const previous = existsSync(stamp) ? readFileSync(stamp, 'utf8') : undefined;
        if (previous !== undefined && previous !== current) {
          rmSync(join(cacheDir, 'data-store.json'), { force: true });
          logger.info('术语、依据、流程数据或处理内容的代码改过了：所有文章重新渲染。');
        }
        mkdirSync(cacheDir, { recursive: true });
        writeFileSync(stamp, current);
      },
    },
  };
}
