import { spawn } from 'node:child_process';
import { existsSync, readdirSync, renameSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The hidden sibling folders old builds are moved to: `.dist-old-<time>` next to `dist/`. */
const oldBuildPrefix = (outDir: string) => `.${basename(outDir)}-old-`;

/** Deletes a folder in a detached process that outlives the build. */
function deleteInBackground(dir: string): void {
  const script = 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true, maxRetries: 3 })';
  spawn(process.execPath, ['-e', script, dir], { detached: true, stdio: 'ignore' }).unref();
}

/**
 * Astro empties the output folder before every build, file by file, while nothing else can
 * run: 10 s for a 1,000-article site on this machine's disk (mostly waiting on I/O), about a
 * minute at 10,000, and on every rebuild. Renaming the old build aside takes no time; it is
 * deleted in the background while the new one is built, so the output is still made from
 * scratch (no stale page of a deleted article survives). Falls back to Astro's own emptying
 * when the rename fails (another disk, permissions).
 */
export function setAsideOldBuild(): AstroIntegration {
  let outDir = '';
  return {
    name: 'kb:set-aside-old-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir).replace(/\/$/, '');
      },
      'astro:build:start': ({ logger }) => {
        const parent = dirname(outDir);
        const prefix = oldBuildPrefix(outDir);
        // Left over when a background deletion was cut short (the machine stopped).
        if (existsSync(parent)) for (const name of readdirSync(parent)) if (name.startsWith(prefix)) deleteInBackground(join(parent, name));
        if (!existsSync(outDir)) return;
        const aside = join(parent, `${prefix}${Date.now()}-${process.pid}`);
        try {
          renameSync(outDir, aside);
        } catch (error) {
          logger.info(`上一次的构建结果无法移开（${(error as Error).message}），由 Astro 逐个删除。`);
          return;
        }
        deleteInBackground(aside);
      },
    },
  };
}
