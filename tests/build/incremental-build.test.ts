import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pollUntil } from '../helpers/poll-until';

/**
 * A rebuild after an author edits one article may reuse pages (Astro's incremental build with
 * our cache keys) but must never show a stale one: the edited article shows its new text,
 * and every page that names it shows its new title.
 */
const scratch = resolve('tests/.tmp/incremental-build');
const astro = resolve('node_modules/astro/bin/astro.mjs');
const content = join(scratch, 'content');
const out = join(scratch, 'out');
const env = {
  ...process.env,
  KB_LOCAL_PREVIEW: '1',
  KB_CONTENT_DIR: content,
  KB_CACHE_DIR: join(scratch, 'cache'),
  ASTRO_TELEMETRY_DISABLED: '1',
  NO_COLOR: '1',
};

function build(force: boolean): string {
  const result = spawnSync(process.execPath, [astro, 'build', '--outDir', out, ...(force ? ['--force'] : [])], { env, encoding: 'utf8', timeout: 170_000 });
  expect(result.status, result.stdout + result.stderr).toBe(0);
  return result.stdout;
}
const page = (slug: string) => readFileSync(join(out, 'articles', slug, 'index.html'), 'utf8');
/** Every Pagefind index file of the build (all shards), decompressed: words and page fragments. */
const searchIndex = () =>
  readdirSync(out)
    .filter((d) => /^pagefind(-\d+)?$/.test(d))
    .flatMap((d) =>
      ['index', 'fragment'].flatMap((sub) => readdirSync(join(out, d, sub)).map((f) => gunzipSync(readFileSync(join(out, d, sub, f))).toString('utf8'))),
    );
/** The text Pagefind shows for one page (its fragment's content). */
const indexedText = (url: string) =>
  searchIndex()
    .filter((f) => f.startsWith('pagefind_dcd') && f.includes(`"url":"${url}"`))
    .map((f) => JSON.parse(f.slice('pagefind_dcd'.length)).content as string)
    .join('');

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
  // The content layer cache now holds the copy; put the real content back for the next build.
  spawnSync(process.execPath, [astro, 'sync', '--force'], { env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, encoding: 'utf8' });
}, 120_000);

describe('rebuild after editing one article', () => {
  it('shows the edit on the article and the new title on every page naming it', async () => {
    rmSync(scratch, { recursive: true, force: true });
    cpSync('content', content, { recursive: true });
    const slug = 'home-visit-rules';
    const file = join(content, 'articles', `${slug}.md`);
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n\n旧的说法 zqxstale。\n`);
    build(true);
    expect(indexedText(`/articles/${slug}/`)).toContain('zqxstale');
    const oldTitle = /^title: (.*)$/m.exec(readFileSync(file, 'utf8'))![1]!.trim();
    // Pages that show its title (pager, related reading), not only a link written in prose.
    const naming = readdirSync(join(out, 'articles')).filter((s) => s !== slug && page(s).includes(`/articles/${slug}/`) && page(s).includes(oldTitle));
    expect(naming.length).toBeGreaterThan(0);

    // A body edit shows up. (How many pages a rebuild reuses is a speed question for
    // `npm run bench:build`, not for a test.)
    // A page of an article deleted since the last build must not survive the rebuild (the old
    // build is moved aside and deleted in the background, see set-aside-old-build.ts).
    mkdirSync(join(out, 'articles', 'deleted-article'), { recursive: true });
    writeFileSync(join(out, 'articles', 'deleted-article', 'index.html'), '<p>已删除的文章</p>');
    writeFileSync(file, `${readFileSync(file, 'utf8').replace('zqxstale', 'zqxfresh')}\n\n这是作者刚加上的一句。\n`);
    build(false);
    expect(page(slug)).toContain('这是作者刚加上的一句。');
    expect(existsSync(join(out, 'articles', 'deleted-article'))).toBe(false);
    const setAside = () => readdirSync(scratch).filter((name) => name.startsWith('.out-old-'));
    expect(await pollUntil(() => setAside().length === 0, 60_000), `旧的构建结果没有删掉：${setAside().join('、')}`).toBe(true);
    // The search index (cached page by page and index by index) has the new text for this
    // page and the old text in no page of any shard: no stale index was restored from the cache.
    expect(indexedText(`/articles/${slug}/`)).toContain('zqxfresh');
    expect(searchIndex().filter((f) => f.includes('zqxstale'))).toEqual([]);

    // A title edit: every page that shows the title shows the new one, and so does its share card.
    const card = () => readFileSync(join(out, 'og', `${slug}.png`));
    const cardBefore = card();
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: 催收上门了怎么办（改过的标题）'));
    build(false);
    for (const s of naming) expect(page(s), `/articles/${s}/ 还显示旧标题`).toContain('催收上门了怎么办（改过的标题）');
    expect(card().equals(cardBefore), '改了标题，分享卡片还是旧的').toBe(false);
    // The compressed copies a host serves (placed from the cache when unchanged) are the pages as built.
    for (const s of [slug, naming[0]!, 'limitation-period']) {
      const html = join(out, 'articles', s, 'index.html');
      expect(brotliDecompressSync(readFileSync(`${html}.br`)).toString('utf8'), `${s} 的 .br 不是当前的页面`).toBe(page(s));
      expect(gunzipSync(readFileSync(`${html}.gz`)).toString('utf8'), `${s} 的 .gz 不是当前的页面`).toBe(page(s));
    }

    // A new glossary term: Markdown articles, rendered once and cached by the content layer,
    // are rendered again and link it.
    const glossary = join(content, 'glossary.yaml');
    writeFileSync(
      glossary,
      `${readFileSync(glossary, 'utf8')}\n- id: kb-test-term\n  term: 作者刚加上的一句\n  aliases: []\n  definition: 构建测试用的术语，用来确认术语表改动后文章会重新渲染并链接到它。\n  sources: [industry-m-buckets]\n  related: []\n`,
    );
    build(false);
    expect(page(slug)).toContain('href="/glossary/#kb-test-term"');
  });
});
