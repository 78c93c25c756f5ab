import { cpSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useBuildCases } from '../helpers/build-case';

/**
 * Author mistakes that used to publish silently (security probe K08, K11, K13, K21, K22,
 * K27, X01). Each case breaks one thing in a copy of content/ and runs the real Astro CLI;
 * the build must stop and say, in Chinese, which file, which line and which field.
 */
const { contentCopy, run, edit } = useBuildCases('author-mistakes');
const shown = (file: string) => relative(process.cwd(), file);

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
    const first = readFileSync(file, 'utf8').split('\n').indexOf('- id: civil-code') + 1;
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
