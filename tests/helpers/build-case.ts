import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll } from 'vitest';

const astro = resolve('node_modules/astro/bin/astro.mjs');

/**
 * The method of the build-failure tests (tests/build/): copy content/ to a scratch folder,
 * break one thing, run the real Astro CLI against the copy (KB_CONTENT_DIR) and read what it
 * says. Call once at the top of a test file; it removes the scratch folder after the file and
 * syncs the real content again, so Astro's generated modules point back at content/.
 */
export function useBuildCases(name: string) {
  const scratch = resolve('tests/.tmp', name);
  let counter = 0;

  afterAll(() => {
    rmSync(scratch, { recursive: true, force: true });
    const sync = spawnSync(process.execPath, [astro, 'sync', '--force'], { env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, encoding: 'utf8' });
    if (sync.status !== 0) throw new Error(`astro sync failed after the build cases:\n${sync.stderr}`);
  }, 120_000);

  /** A fresh copy of content/ for one case. */
  function contentCopy(): string {
    const dir = join(scratch, `content-${++counter}`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    cpSync('content', dir, { recursive: true });
    return dir;
  }

  /** Runs `astro sync` or `astro build` on a content folder; `env` overrides the defaults. */
  function run(command: 'sync' | 'build', contentDir: string, env: Record<string, string | undefined> = {}) {
    const outDir = join(scratch, `out-${counter}`);
    // --force: each case starts from an empty content cache, so cases cannot leak into each other.
    const args = command === 'build' ? [astro, 'build', '--force', '--outDir', outDir] : [astro, 'sync', '--force'];
    const result = spawnSync(process.execPath, args, {
      env: { ...process.env, KB_LOCAL_PREVIEW: '1', KB_CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1', ...env },
      encoding: 'utf8',
      timeout: 170_000,
    });
    return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir };
  }

  /**
   * Changes a file; fails when the change changed nothing (the text to replace has moved), so a
   * case cannot pass on unbroken content. With `marker`, returns the 1-based line of the first
   * line containing it afterwards, for the file:line an author is shown.
   */
  function edit(file: string, change: (text: string) => string, marker?: string): number {
    const before = readFileSync(file, 'utf8');
    const after = change(before);
    if (after === before) throw new Error(`测试没有改动 ${file}：要替换的文字已经不在文件里了`);
    writeFileSync(file, after);
    if (marker === undefined) return 0;
    const line = after.split('\n').findIndex((l) => l.includes(marker)) + 1;
    if (line === 0) throw new Error(`${marker} 不在 ${file} 里`);
    return line;
  }

  return { contentCopy, run, edit };
}
