import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { buildTermMatcher, linkGlossaryTerms } from '@/markdown/rehype-glossary-links';
import { rehypeCollectFaq } from '@/markdown/rehype-collect-faq';
import { remarkCitations } from '@/markdown/remark-citations';
import { remarkTemplateBlanks } from '@/markdown/remark-template-blanks';
import { remarkStageDays } from '@/markdown/remark-stage-days';
import { stripTypedCjkSpaces } from '@/markdown/rehype-cjk-spacing';
import { formatDayRange } from '@/calculator/format-day-range';
import { readProcesses } from '@/content-files';

async function render(markdown: string, path: string, frontmatter: Record<string, unknown> = {}) {
  const file = new VFile({ value: markdown, path });
  (file.data as { astro: object }).astro = { frontmatter };
  const html = String(
    await unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkCitations)
      .use(remarkTemplateBlanks)
      .use(remarkRehype)
      .use(rehypeCollectFaq)
      .use(rehypeStringify)
      .process(file),
  );
  return { html, frontmatter: (file.data as { astro: { frontmatter: Record<string, unknown> } }).astro.frontmatter };
}

describe('citations', () => {
  it('numbers sources by first citation and records pinpoints for the 依据 list', async () => {
    const { html, frontmatter } = await render(
      '报送前应当告知[@credit-reporting-regulation 第15条]。保留5年[@credit-reporting-regulation 第16条]。时效3年[@civil-code 第188条]。',
      '/x/content/articles/demo.mdx',
    );
    expect(html).toContain('<sup class="cite" id="cite-1">\u2060<a href="#source-1" aria-label="依据1，第15条">[1]</a></sup>');
    expect(html).toContain('href="#source-2"');
    expect(frontmatter.citations).toEqual([
      { id: 'credit-reporting-regulation', number: 1, pinpoints: ['第15条', '第16条'] },
      { id: 'civil-code', number: 2, pinpoints: ['第188条'] },
    ]);
  });

  it('lists each article of a combined pinpoint once', async () => {
    const { html, frontmatter } = await render(
      '申请实现担保物权[@civil-procedure-law 第207条、第208条]。裁定后执行[@civil-procedure-law 第208条]。',
      '/x/content/articles/demo.mdx',
    );
    expect(html).toContain('aria-label="依据1，第207条、第208条"');
    expect(frontmatter.citations).toEqual([{ id: 'civil-procedure-law', number: 1, pinpoints: ['第207条', '第208条'] }]);
  });

  it('works inside GFM tables', async () => {
    const { html } = await render('| 规则 | 依据 |\n| --- | --- |\n| 夜间不催收 | [@gbt-45251-2025] |', '/x/content/articles/t.mdx');
    expect(html).toContain('<td><sup class="cite"');
  });

  it('shows one marker for two articles of one source side by side, and never leaves it alone on a line', async () => {
    const { html } = await render('不得侵入住宅[@civil-code 第1032条][@civil-code 第1033条]。', '/x/content/articles/d.mdx');
    expect(html.match(/href="#source-1"/g)).toHaveLength(1);
    expect(html).toContain('aria-label="依据1，第1032条、第1033条"');
    // A word joiner glues the marker to the word before it.
    expect(html).toContain('住宅<sup class="cite" id="cite-1">\u2060<a');
  });

  it('fails the build on an unknown source, naming the file and the id', async () => {
    await expect(render('某规定[@no-such-law]。', '/x/content/articles/bad-cite.mdx')).rejects.toThrow(/bad-cite\.mdx.*未知的依据 id：no-such-law/);
  });

  it('fails the build on an article that cites nothing', async () => {
    await expect(render('没有任何依据的文章。', '/x/content/articles/no-cite.mdx')).rejects.toThrow(/no-cite\.mdx.*没有任何引用/);
  });

  it('lets non-article pages go without citations', async () => {
    await expect(render('普通页面。', '/x/content/templates/t.md', { fields: [] })).resolves.toBeTruthy();
  });
});

describe('glossary links', () => {
  const matcher = buildTermMatcher([
    { id: 'waifang', term: '外访', aliases: ['上门催收'] },
    { id: 'cuishou', term: '催收', aliases: [] },
    { id: 'zhengxin', term: '征信', aliases: ['征信报告'] },
  ])!;
  const transform = (html: string) => {
    const tree = fromHtml(html, { fragment: true });
    linkGlossaryTerms(tree, matcher, (id) => `/glossary/#${id}`);
    return toHtml(tree);
  };

  it('links the first occurrence of each term, preferring the longest match', () => {
    expect(transform('<p>上门催收时，催收员说要上门催收。</p>')).toBe(
      '<p><a href="/glossary/#waifang">上门催收</a>时，<a href="/glossary/#cuishou">催收</a>员说要上门催收。</p>',
    );
  });

  it('leaves headings, links, code and citation markers alone', () => {
    const out = transform('<h2>征信</h2><p><a href="/x">征信</a> <code>征信</code><sup>征信</sup></p><p>查征信报告。</p>');
    expect(out).toBe('<h2>征信</h2><p><a href="/x">征信</a> <code>征信</code><sup>征信</sup></p><p>查<a href="/glossary/#zhengxin">征信报告</a>。</p>');
  });
});

describe('template blanks', () => {
  const fields = [
    { id: 'name', label: '你的姓名' },
    { id: 'lender', label: '机构名称' },
  ];
  it('turns {{field}} into labelled blanks', async () => {
    const { html } = await render('{{lender}}：本人{{name}}申请……', '/x/content/templates/ok.md', { fields });
    expect(html).toContain('<span class="blank" data-field="lender">机构名称</span>');
    expect(html).toContain('<span class="blank" data-field="name">你的姓名</span>');
  });
  it('keeps a letter’s lines and its numbered requests (numbers survive copying)', async () => {
    const { html } = await render('此致\n敬礼！\n\n1. 第一项{{name}}\n2. 第二项{{lender}}', '/x/content/templates/ok2.md', { fields });
    expect(html).toContain('此致<br>');
    expect(html).toContain('<p class="letter-item">1. 第一项');
    expect(html).toContain('<p class="letter-item">2. 第二项');
    expect(html).not.toContain('<ol>');
  });
  it('fails on a blank without a declared field, naming the file and field', async () => {
    await expect(render('{{lender}} {{name}} {{phone}}', '/x/content/templates/t1.md', { fields })).rejects.toThrow(/t1\.md.*\{\{phone\}\}/);
  });
  it('fails on a declared field the letter never uses', async () => {
    await expect(render('{{lender}}', '/x/content/templates/t2.md', { fields })).rejects.toThrow(/t2\.md.*name/);
  });
});

describe('FAQ collection', () => {
  it('records question headings with the text that answers them', async () => {
    const { frontmatter } = await render(
      '## 会上征信吗？\n\n会，但要先告知你[@credit-reporting-regulation]。\n\n## 背景\n\n不是问题。',
      '/x/content/articles/faq.mdx',
    );
    expect(frontmatter.faq).toEqual([{ question: '会上征信吗？', answer: '会，但要先告知你。' }]);
  });
});

describe('<StageDays> in plain Markdown articles', () => {
  const renderMd = async (markdown: string, path: string) =>
    String(
      await unified()
        .use(remarkParse)
        .use(remarkStageDays)
        .use(remarkRehype, { allowDangerousHtml: true })
        .use(rehypeStringify, { allowDangerousHtml: true })
        .process(new VFile({ value: markdown, path })),
    );
  const process = readProcesses().find((p) => p.id === 'consumer-loan')!;
  const m2 = process.stages.find((s) => s.id === 'm2')!;

  it('shows the stage days from the process data, as the MDX component does', async () => {
    const html = await renderMd('到了<StageDays process="consumer-loan" stage="m2" />，电话会更多。', '/x/content/articles/demo.md');
    expect(html).toContain(`到了<span class="whitespace-nowrap" data-stage-days="consumer-loan:m2">${formatDayRange(m2)}</span>，电话会更多。`);
  });

  it('fails on an unknown stage, naming the file, the line and the stages there are', async () => {
    await expect(renderMd('第一行\n\n到了<StageDays process="consumer-loan" stage="m9" />。', '/x/content/articles/bad-stage.md')).rejects.toThrow(
      /bad-stage\.md:3：.*stage="m9".*没有这个阶段，可用的有：.*m2/,
    );
  });

  it('leaves MDX files to the component', async () => {
    const html = await renderMd('<StageDays process="consumer-loan" stage="m2" />', '/x/content/articles/demo.mdx');
    expect(html).not.toContain('data-stage-days');
  });
});

describe('spacing between Chinese and Latin letters or digits', () => {
  const strip = (html: string) => {
    const tree = fromHtml(html, { fragment: true });
    stripTypedCjkSpaces(tree);
    return toHtml(tree);
  };
  it('removes the typed space, so CSS text-autospace spaces every sentence the same way', () => {
    expect(strip('<p>很多 APP 只是通过 12368 发送短信</p>')).toBe('<p>很多APP只是通过12368发送短信</p>');
  });
  it('also next to a link or code, and leaves the inside of code and Latin-only text alone', () => {
    expect(strip('<p>打 <a href="#">12368</a> 热线</p>')).toBe('<p>打<a href="#">12368</a>热线</p>');
    expect(strip('<p>命令 <code>npm run build</code>：GB/T 45251—2025 第 5 条</p>')).toBe('<p>命令<code>npm run build</code>：GB/T 45251—2025第5条</p>');
  });
});
