import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * Author mistakes that used to publish silently (security probe K08, K11, K13, K21, K22,
 * K27, X01). Each case breaks one thing in a copy of content/ and runs the real Astro CLI;
 * the build must stop and say, in Chinese, which file, which line and which field.
 */
const scratch = resolve('tests/.tmp/author-mistakes');
const astro = resolve('node_modules/astro/bin/astro.mjs');
let counter = 0;

function contentCopy(): string {
  const dir = join(scratch, `content-${++counter}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync('content', dir, { recursive: true });
  return dir;
}

function run(command: 'sync' | 'build', contentDir: string, env: Record<string, string | undefined> = {}) {
  const args = command === 'build' ? [astro, 'build', '--force', '--outDir', join(scratch, `out-${counter}`)] : [astro, 'sync', '--force'];
  const result = spawnSync(process.execPath, args, {
    env: { ...process.env, KB_LOCAL_PREVIEW: '1', KB_CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1', ...env },
    encoding: 'utf8',
    timeout: 170_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Applies a change and returns the 1-based line of the first line containing `marker` afterwards. */
function edit(file: string, change: (text: string) => string, marker: string): number {
  const text = change(readFileSync(file, 'utf8'));
  writeFileSync(file, text);
  const line = text.split('\n').findIndex((l) => l.includes(marker)) + 1;
  expect(line, `${marker} not in ${file}`).toBeGreaterThan(0);
  return line;
}
const shown = (file: string) => relative(process.cwd(), file);

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
  const sync = spawnSync(process.execPath, [astro, 'sync', '--force'], { env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, encoding: 'utf8' });
  if (sync.status !== 0) throw new Error(`astro sync failed after the build cases:\n${sync.stderr}`);
}, 120_000);

describe('misspelt fields', () => {
  it('K08: `draf: true` fails, naming file, line, the field and the one meant', () => {
    const dir = contentCopy();
    const file = join(dir, 'articles/limitation-period.md');
    const line = edit(file, (t) => t.replace(/^reviewed: (.*)$/m, 'reviewed: $1\ndraf: true'), 'draf:');
    const { status, output } = run('sync', dir);
    expect(status).not.toBe(0);
    expect(output).toContain(`${shown(file)}:${line}: 未知字段“draf”，是不是想写“draft”？`);
  });

  it('an unknown field in a sources.yaml entry is caught the same way', () => {
    const dir = contentCopy();
    const file = join(dir, 'sources.yaml');
    const line = edit(file, (t) => t.replace('  short: 民法典\n', '  short: 民法典\n  efective: 2021-01-01\n'), 'efective:');
    const { status, output } = run('sync', dir);
    expect(status).not.toBe(0);
    expect(output).toContain(`${shown(file)}:${line}: 未知字段“efective”，是不是想写“effective”？`);
  });
});

describe('duplicates', () => {
  it('K11: a second source with an existing id fails at the line of the duplicate', () => {
    const dir = contentCopy();
    const file = join(dir, 'sources.yaml');
    const first =
      readFileSync(file, 'utf8')
        .split('\n')
        .findIndex((l) => l === '- id: civil-code') + 1;
    const line = edit(
      file,
      (t) => `${t}\n- id: civil-code \n  short: 民法典重复\n  title: 重复的条目\n  issuer: 测试\n  date: 2026-01-01\n  binding: 法律\n  confidence: A\n`,
      'civil-code ',
    );
    const { status, output } = run('sync', dir);
    expect(status).not.toBe(0);
    expect(output).toContain(`${shown(file)}:${line}: id“civil-code”重复了（第 ${first} 行已经有这个 id）`);
  });

  it('a duplicate glossary id fails too', () => {
    const dir = contentCopy();
    const file = join(dir, 'glossary.yaml');
    const line = edit(
      file,
      (t) =>
        `${t}\n- id: m0 \n  term: 重复的术语\n  aliases: []\n  definition: 一个重复的条目，用来确认构建会失败并指出行号。\n  sources: [industry-m-buckets]\n`,
      'id: m0 ',
    );
    const { status, output } = run('sync', dir);
    expect(status).not.toBe(0);
    expect(output).toContain(`${shown(file)}:${line}: id“m0”重复了`);
  });

  it('K27: an .mdx next to an .md of the same name fails, naming both', () => {
    const dir = contentCopy();
    cpSync(join(dir, 'articles/limitation-period.md'), join(dir, 'articles/limitation-period.mdx'));
    const { status, output } = run('sync', dir);
    expect(status).not.toBe(0);
    expect(output).toMatch(/limitation-period\.mdx?:1: 和 \S+limitation-period\.mdx? 是同一个网址（limitation-period），只能留一个文件。/);
  });
});

describe('YAML errors point at the line where the broken value starts', () => {
  it('K13: an unclosed quote in a process file', () => {
    const dir = contentCopy();
    const file = join(dir, 'processes/consumer-loan.yaml');
    const line = edit(file, (t) => t.replace('    name: 还款日前\n', '    name: "还款日前\n'), 'name: "还款日前');
    const { status, output } = run('sync', dir);
    expect(status).not.toBe(0);
    expect(output).toContain(`${shown(file)}:${line}: YAML 格式错误（字段 name）：引号没有闭合。`);
  });

  it('K09: an unclosed list in frontmatter', () => {
    const dir = contentCopy();
    const file = join(dir, 'articles/limitation-period.md');
    edit(file, (t) => t.replace(/^tags: \[(.*)\]$/m, 'tags: [$1'), 'tags: [');
    const { status, output } = run('sync', dir);
    expect(status).not.toBe(0);
    expect(output).toMatch(new RegExp(`${shown(file).replace(/[.]/g, '\\.')}:\\d+: YAML 格式错误`));
  });
});

describe('links', () => {
  it('K21/K22: a link to a missing page or anchor fails npm run build, naming the file and line', () => {
    const dir = contentCopy();
    const file = join(dir, 'articles/limitation-period.md');
    const line = edit(file, (t) => `${t}\n\n另见[不存在的文章](/articles/does-not-exist/)和[不存在的小节](#no-such-heading)。\n`, 'does-not-exist');
    const { status, output } = run('build', dir);
    expect(status).not.toBe(0);
    expect(output).toContain(`${shown(file)}:${line}：链接到不存在的页面 /articles/does-not-exist/`);
    expect(output).toContain(`${shown(file)}:${line}：锚点不存在 #no-such-heading`);
  });
});

describe('site address', () => {
  it('X01: a production build without SITE_URL stops and says how to set it', () => {
    const { status, output } = run('build', 'content', { KB_LOCAL_PREVIEW: undefined, SITE_URL: undefined });
    expect(status).not.toBe(0);
    expect(output).toContain('没有设置 SITE_URL');
    expect(output).toContain('SITE_URL=https://你的域名 npm run build');
  });
});
