import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContentFiles, type KnownFields } from '@/utils/check-content-files';
import { checkRawDates } from '@/utils/check-raw-dates';
import { findBrokenLinks } from '@/utils/find-broken-links';
import { internalPageExists } from '@/utils/internal-page-exists';
import { listBuiltPages } from '@/utils/list-built-pages';

/**
 * The checks that stop a build on an author's mistake, on small folders written here:
 * each message must name the file (and the line) and say in Chinese what to fix.
 */

/** Writes files (path → text) under a new temporary folder and returns it. */
function folder(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'kb-checks-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const known: KnownFields = {
  articles: ['title', 'description', 'reviewed', 'draft'],
  templates: ['title', 'fields'],
  processes: ['name', 'stages'],
  sources: ['id', 'short'],
  glossary: ['id', 'term'],
  categories: ['id', 'name'],
};
const problemsIn = (files: Record<string, string>) => {
  try {
    checkContentFiles(folder(files), known);
  } catch (error) {
    return (error as Error).message;
  }
  return '';
};

describe('checkContentFiles: author mistakes named by file and line', () => {
  it('accepts correct files', () => {
    expect(
      problemsIn({
        'articles/a.mdx': '---\ntitle: 标题\nreviewed: 2026-11-01\n---\n正文',
        'sources.yaml': '- id: a\n  short: 甲\n- id: b\n  short: 乙\n',
      }),
    ).toBe('');
  });

  it('names a misspelt frontmatter field, its line and the field meant', () => {
    const message = problemsIn({ 'articles/a.mdx': '---\ntitle: 标题\ndraf: true\n---\n正文' });
    expect(message).toContain('内容有 1 处错误');
    expect(message).toMatch(/articles\/a\.mdx:3: 未知字段“draf”，是不是想写“draft”？文章可用的字段：title、description、reviewed、draft。/);
  });

  it('says which line has a tab, a duplicate key or an unclosed quote', () => {
    expect(problemsIn({ 'processes/p.yaml': 'name: 流程\nstages:\n\t- a\n' })).toMatch(/processes\/p\.yaml:\d+: YAML 格式错误/);
    expect(problemsIn({ 'processes/p.yaml': 'name: 流程\nname: 又一个\n' })).toMatch(/processes\/p\.yaml:2: YAML 格式错误（字段 name）：同一个字段写了两次。/);
    expect(problemsIn({ 'articles/q.mdx': '---\ntitle: "没有闭合\ndescription: 说明\n---\n正文' })).toMatch(
      /articles\/q\.mdx:2: YAML 格式错误（字段 title）：引号没有闭合。/,
    );
  });

  it('finds a duplicate id in a list file and points at both lines', () => {
    const message = problemsIn({ 'glossary.yaml': '- id: m1\n  term: M1\n- id: m1\n  term: 又一个\n' });
    expect(message).toMatch(/glossary\.yaml:3: id“m1”重复了（第 1 行已经有这个 id）/);
  });

  it('flags an unknown field inside a list entry', () => {
    expect(problemsIn({ 'sources.yaml': '- id: a\n  shrot: 甲\n' })).toMatch(
      /sources\.yaml:2: 未知字段“shrot”，是不是想写“short”？sources\.yaml 的条目可用的字段/,
    );
  });

  it('refuses two files for one article address', () => {
    const message = problemsIn({ 'articles/x.md': '---\ntitle: 一\n---\n', 'articles/x.mdx': '---\ntitle: 二\n---\n' });
    expect(message).toMatch(/articles\/x\.mdx:1: 和 .*articles\/x\.md 是同一个网址（x），只能留一个文件。/);
  });

  it('lists every problem at once', () => {
    const message = problemsIn({ 'articles/a.mdx': '---\ntitel: 标题\n---\n', 'templates/t.md': '---\ntitle: 模板\nfeilds: []\n---\n' });
    expect(message).toContain('内容有 2 处错误');
    expect(message).toContain('未知字段“titel”，是不是想写“title”？');
    expect(message).toContain('未知字段“feilds”，是不是想写“fields”？模板可用的字段');
  });
});

describe('checkRawDates', () => {
  it('fails on a day that does not exist, naming the file and the field', () => {
    const root = folder({ 'a.mdx': '---\npublished: 2026-11-01\nreviewed: 2026-02-30\n---\n' });
    expect(() => checkRawDates(join(root, 'a.mdx'))).toThrow(/a\.mdx: 字段 reviewed 的日期“2026-02-30”不存在，请检查月份和日期。/);
  });

  it('accepts real days, quoted or not, including 29 February in a leap year', () => {
    const root = folder({ 'b.yaml': "reviewed: '2028-02-29'\npublished: 2026-12-01\n" });
    expect(() => checkRawDates(join(root, 'b.yaml'))).not.toThrow();
  });
});

describe('internalPageExists', () => {
  const previous = process.env.KB_CONTENT_DIR;
  afterEach(() => {
    if (previous === undefined) delete process.env.KB_CONTENT_DIR;
    else process.env.KB_CONTENT_DIR = previous;
  });

  it('knows the articles and templates of the content folder and the tool pages', () => {
    process.env.KB_CONTENT_DIR = folder({ 'articles/real.mdx': '', 'templates/letter.md': '' });
    expect(internalPageExists('/articles/real/')).toBe(true);
    expect(internalPageExists('/articles/real/#section')).toBe(true);
    expect(internalPageExists('/templates/letter/')).toBe(true);
    expect(internalPageExists('/tools/where-am-i/')).toBe(true);
    expect(internalPageExists('/articles/missing/')).toBe(false);
    expect(internalPageExists('/templates/missing/')).toBe(false);
    expect(internalPageExists('/tools/no-such-tool/')).toBe(false);
  });

  it('rejects addresses of other shapes', () => {
    expect(internalPageExists('/articles/real')).toBe(false);
    expect(internalPageExists('https://example.org/articles/real/')).toBe(false);
    expect(internalPageExists('/glossary/')).toBe(false);
  });
});

describe('listBuiltPages and findBrokenLinks on a small built site', () => {
  const site = () =>
    folder({
      'index.html': '<a href="/articles/a/">文章</a><a href="/articles/a/#part">小节</a><a href="tel:110">报警</a><a href="https://example.org/x">外部</a>',
      'articles/a/index.html': '<h2 id="part">小节</h2><a href="/missing/">坏链接</a><a href="#nowhere">坏锚点</a><a href="https://localhost">坏外链</a>',
      'robots.txt': 'User-agent: *',
      '404.html': '<a href="/robots.txt">robots</a>',
    });

  it('maps every HTML file to the address it is served at, in file order', () => {
    expect(listBuiltPages(site()).map((p) => p.path)).toEqual(['/404.html', '/articles/a/', '/']);
  });

  it('reports links to missing pages and anchors and malformed external links, and nothing else', () => {
    expect(findBrokenLinks(site())).toEqual([
      { page: '/articles/a/', href: '/missing/', problem: '链接到不存在的页面' },
      { page: '/articles/a/', href: '#nowhere', problem: '锚点不存在' },
      { page: '/articles/a/', href: 'https://localhost', problem: '外部链接格式不对' },
    ]);
  });
});
