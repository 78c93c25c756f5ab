import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useBuildCases } from '../helpers/build-case';

/**
 * Each case copies content/ to a scratch folder, breaks one thing, and runs the real
 * Astro CLI against it (KB_CONTENT_DIR). The build must fail and say which file and
 * which field or id is wrong — what an author would need to fix it.
 */
const { contentCopy, run, edit } = useBuildCases('build-cases');

describe('a broken article fails the build and names the file and the field', () => {
  it('missing title', () => {
    const dir = contentCopy();
    edit(join(dir, 'articles/limitation-period.md'), (t) => t.replace(/^title: .*\n/m, ''));
    const { status, output } = run('sync', dir);
    expect(status).not.toBe(0);
    expect(output).toContain('articles → limitation-period');
    expect(output).toMatch(/title/);
  });

  it('wrong category', () => {
    const dir = contentCopy();
    edit(join(dir, 'articles/home-visit-rules.md'), (t) => t.replace(/^category: .*$/m, 'category: news'));
    const { status, output } = run('sync', dir);
    expect(status).not.toBe(0);
    expect(output).toContain('articles → home-visit-rules');
    expect(output).toContain('category 必须是 process / rights / action 之一');
  });

  it('an impossible date, which YAML alone would quietly turn into another day', () => {
    const dir = contentCopy();
    edit(join(dir, 'articles/home-visit-rules.md'), (t) => t.replace(/^reviewed: .*$/m, 'reviewed: 2026-02-30'));
    const { status, output } = run('sync', dir);
    expect(status).not.toBe(0);
    expect(output).toContain('home-visit-rules.md: 字段 reviewed 的日期“2026-02-30”不存在');
  });

  it('a process whose stages leave a gap names the process file and the missing days', () => {
    const dir = contentCopy();
    edit(join(dir, 'processes/credit-card.yaml'), (t) => t.replace(/(id: m3\n(?:.*\n)*?\s+from: )61/, '$165'));
    const { status, output } = run('sync', dir);
    expect(status).not.toBe(0);
    expect(output).toContain('processes → credit-card');
    expect(output).toContain('第61–64天不属于任何阶段');
  });

  it('a stage citing an unknown source names the id', () => {
    const dir = contentCopy();
    edit(join(dir, 'processes/consumer-loan.yaml'), (t) => t.replace('sources: [haier-source-article, credit-reporting-regulation]', 'sources: [made-up-law]'));
    const { status, output } = run('sync', dir);
    expect(status).not.toBe(0);
    expect(output).toContain('processes → consumer-loan');
    expect(output).toContain('未知的依据 id“made-up-law”');
  });

  it('a home-page situation linking to a page that does not exist names the href', () => {
    const dir = contentCopy();
    edit(join(dir, 'situations.yaml'), (t) => t.replace('/articles/negotiate-repayment/', '/articles/no-such-page/'));
    const { status, output } = run('sync', dir);
    expect(status).not.toBe(0);
    expect(output).toContain('situations');
    expect(output).toContain('/articles/no-such-page/');
  });
});

describe('citations that hold', () => {
  it('an inline citation of an unknown source fails, naming the file', () => {
    const dir = contentCopy();
    edit(join(dir, 'articles/write-off-not-forgiveness.md'), (t) => `${t}\n\n另见某规定[@no-such-rule 第1条]。\n`);
    const { status, output } = run('build', dir);
    expect(status).not.toBe(0);
    expect(output).toContain('write-off-not-forgiveness.md');
    expect(output).toContain('未知的依据 id：no-such-rule');
  });

  it('an article with no citation fails, and so does a source that no page cites', () => {
    const dir = contentCopy();
    writeFileSync(
      join(dir, 'articles/uncited.mdx'),
      '---\ntitle: 一篇没有依据的文章\ndescription: 这是一篇用来测试的文章，它故意没有引用任何依据，构建应当失败。\ncategory: rights\ntags: [测试]\npublished: 2026-11-29\nreviewed: 2026-11-29\n---\n\n没有依据的说法。\n',
    );
    let result = run('build', dir);
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/uncited\.mdx: 文章没有任何引用/);

    rmSync(join(dir, 'articles/uncited.mdx'));
    edit(
      join(dir, 'sources.yaml'),
      (t) =>
        `${t}\n- id: lonely-source\n  short: 孤立依据\n  title: 一份没有页面引用的依据\n  issuer: 测试\n  date: 2026-01-01\n  binding: 法律\n  confidence: A\n  checked:\n    on: 2026-12-01\n    text: 测试用的文本@0000000:none.md\n`,
    );
    result = run('build', dir);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('这些依据没有被任何页面引用：lonely-source');
  });
});

describe('drafts', () => {
  it('never appear in the built site or its search index', () => {
    const dir = contentCopy();
    writeFileSync(
      join(dir, 'articles/secret-draft.mdx'),
      '---\ntitle: 尚未发布的草稿文章\ndescription: 这是一篇草稿，用来确认草稿不会出现在网站和搜索索引里，里面有一个独特的词。\ncategory: rights\ntags: [草稿测试]\npublished: 2026-11-29\nreviewed: 2026-11-29\ndraft: true\n---\n\n这里有一个独特的词：鳄梨酱催收[@civil-code 第188条]。\n',
    );
    const { status, output, outDir } = run('build', dir);
    expect(status, output.slice(-2000)).toBe(0);
    expect(existsSync(join(outDir, 'articles/secret-draft'))).toBe(false);
    const everything = readdirSync(outDir, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile() && /\.(html|xml|json)$/.test(d.name))
      .map((d) => readFileSync(join(d.parentPath, d.name), 'utf8'))
      .join('\n');
    expect(everything).not.toContain('尚未发布的草稿文章');
    expect(everything).not.toContain('草稿测试');
    expect(readFileSync(join(outDir, 'search-data.json'), 'utf8')).not.toContain('鳄梨酱');
  });
});
