// Build-time benchmark at scale: copies the site's articles N times into a scratch
// content folder (KB_CONTENT_DIR) and times this site's full build beside a stock Astro
// build (MDX + a glob collection + one page per article, nothing else) of the same files.
//   node scripts/bench-build.ts            N = 1000
//   node scripts/bench-build.ts --large    also N = 3000 and 10000 (slow: minutes each on 2 cores)
//   node scripts/bench-build.ts --n 200    one custom N
// Prints wall time and peak resident memory (GNU time's %M) of each build: ours cold (empty
// caches), ours again after editing one article (caches warm, as an author's rebuild), and
// the stock build.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const custom = args.includes('--n') ? Number(args[args.indexOf('--n') + 1]) : undefined;
const sizes = custom ? [custom] : args.includes('--large') ? [1000, 3000, 10000] : [1000];
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error('--n 后面要跟一个正整数，例如 --n 200');
if (!existsSync('/usr/bin/time')) throw new Error('需要 GNU time（/usr/bin/time）来量峰值内存：sudo apt-get install -y time');

const scratch = resolve('tests/.tmp/bench-build');
const astro = resolve('node_modules/astro/bin/astro.mjs');
const articles = readdirSync('content/articles').filter((f) => /\.mdx?$/.test(f));

/** content/ plus N copies of its articles, each with its own slug and title. */
function makeContent(n: number): string {
  const dir = join(scratch, `content-${n}`);
  rmSync(dir, { recursive: true, force: true });
  cpSync('content', dir, { recursive: true });
  const sources = articles.map((f) => ({ name: f, text: readFileSync(join('content/articles', f), 'utf8') }));
  for (let i = 0; i < n - articles.length; i++) {
    const { name, text } = sources[i % sources.length]!;
    const copy = text.replace(/^title: (.*)$/m, (_, title: string) => `title: ${title.slice(0, 28)}（副本${i + 1}）`);
    writeFileSync(join(dir, 'articles', name.replace(/\.(mdx?)$/, `-copy-${i + 1}.$1`)), copy);
  }
  return dir;
}

/** A stock Astro project that builds the same article files with no integration of ours. */
function makeStockProject(contentDir: string): string {
  const dir = join(scratch, 'stock');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src/pages/articles'), { recursive: true });
  writeFileSync(join(dir, 'astro.config.mjs'), "import mdx from '@astrojs/mdx';\nexport default { integrations: [mdx()] };\n");
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = { articles: defineCollection({ loader: glob({ pattern: '**/*.{md,mdx}', base: ${JSON.stringify(join(contentDir, 'articles'))} }) }) };\n`,
  );
  // The MDX articles embed components of the site; the stock build renders an empty span for each.
  const used = [...new Set(articles.flatMap((f) => [...readFileSync(join('content/articles', f), 'utf8').matchAll(/<([A-Z][A-Za-z]+)/g)].map((m) => m[1]!)))];
  writeFileSync(join(dir, 'src/Stub.astro'), '<span></span>\n');
  writeFileSync(
    join(dir, 'src/pages/articles/[...slug].astro'),
    `---\nimport { getCollection, render } from 'astro:content';\nimport Stub from '../../Stub.astro';\nexport async function getStaticPaths() {\n  return (await getCollection('articles')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));\n}\nconst { Content } = await render(Astro.props.entry);\n---\n<html lang="zh-CN"><head><meta charset="utf-8"><title>{Astro.props.entry.data.title}</title></head><body><h1>{Astro.props.entry.data.title}</h1><Content components={{ ${used.map((c) => `${c}: Stub`).join(', ')} }} /></body></html>\n`,
  );
  return dir;
}

function timedBuild(label: string, buildArgs: string[], env: Record<string, string>) {
  const result = spawnSync('/usr/bin/time', ['-f', '__TIME__ %e %M', process.execPath, astro, 'build', ...buildArgs], {
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const match = /__TIME__ ([\d.]+) (\d+)/.exec(result.stderr);
  if (result.status !== 0 || !match) throw new Error(`${label} 构建失败：\n${(result.stdout + result.stderr).slice(-3000)}`);
  const pages = /(\d+) page\(s\) built/.exec(result.stdout)?.[1] ?? '?';
  // Our integrations log their own durations; show them so the slow step is visible.
  for (const line of result.stdout.split('\n').filter((l) => /\[kb:|page\(s\) built/.test(l))) console.log(`    ${line.trim()}`);
  return { label, seconds: Number(match[1]), peakMB: Math.round(Number(match[2]) / 1024), pages };
}

const rows: ReturnType<typeof timedBuild>[] = [];
for (const n of sizes) {
  const contentDir = makeContent(n);
  console.log(`\n== ${n} 篇文章（${articles.length} 篇原文 + ${n - articles.length} 篇副本）`);
  const env = { KB_CONTENT_DIR: contentDir, KB_LOCAL_PREVIEW: '1', KB_CACHE_DIR: join(scratch, `cache-${n}`) };
  const outDir = join(scratch, `out-ours-${n}`);
  const ours = timedBuild(`本站 N=${n}（冷）`, ['--force', '--outDir', outDir], env);
  console.log(`  本站（冷启动）：${ours.seconds} 秒，峰值内存 ${ours.peakMB} MB，${ours.pages} 个页面`);
  // An author's edit: one sentence added to one article, then the same build again.
  const edited = join(contentDir, 'articles', articles[0]!);
  writeFileSync(edited, `${readFileSync(edited, 'utf8').trimEnd()}\n\n这一句是基准测试加上的修改。\n`);
  const rebuild = timedBuild(`本站 N=${n}（改一篇后重建）`, ['--outDir', outDir], env);
  console.log(`  本站（改一篇后重建）：${rebuild.seconds} 秒，峰值内存 ${rebuild.peakMB} MB`);
  const stockDir = makeStockProject(contentDir);
  const stock = timedBuild(`原版 Astro N=${n}`, ['--root', stockDir, '--force', '--outDir', join(scratch, `out-stock-${n}`)], {});
  console.log(`  原版 Astro：${stock.seconds} 秒，峰值内存 ${stock.peakMB} MB，${stock.pages} 个页面`);
  rows.push(ours, rebuild, stock);
  rmSync(join(scratch, `out-ours-${n}`), { recursive: true, force: true });
  rmSync(join(scratch, `out-stock-${n}`), { recursive: true, force: true });
  rmSync(contentDir, { recursive: true, force: true });
  rmSync(join(scratch, `cache-${n}`), { recursive: true, force: true });
}
console.log(
  `\n| 构建 | 秒 | 峰值内存 MB | 页面 |\n|---|---|---|---|\n${rows.map((r) => `| ${r.label} | ${r.seconds} | ${r.peakMB} | ${r.pages} |`).join('\n')}`,
);
rmSync(scratch, { recursive: true, force: true });
