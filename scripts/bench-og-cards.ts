// Share-card micro-benchmark: renders N cards (default 200) in this one process, with the
// real articles' titles and summaries (cycled, each copy's title suffixed like bench:build's),
// and prints the milliseconds per card of each step, so the cost of a card is seen without
// a whole build around it. Both PNG encoders run on every card (resvg's own, which the build
// used before, and encodePng, which it uses now), so they are compared back to back.
//   npm run bench:og                 N = 200
//   npm run bench:og -- --n 500
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-wasm';
import { encodePng } from '../src/integrations/encode-png.ts';
import { buildCardSvg, loadRenderer, type OgCard } from '../src/integrations/render-og-image.ts';
import { siteConfig } from '../src/site.config.ts';

const args = process.argv.slice(2);
const n = args.includes('--n') ? Number(args[args.indexOf('--n') + 1]) : 200;
if (!Number.isInteger(n) || n < 1) throw new Error('--n 后面要跟一个正整数，例如 --n 200');

const field = (text: string, key: string) => text.match(new RegExp(`^${key}: (.*)$`, 'm'))?.[1] ?? '';
const articles = readdirSync('content/articles')
  .filter((f) => /\.mdx?$/.test(f))
  .map((f) => readFileSync(join('content/articles', f), 'utf8'));
const cards: OgCard[] = Array.from({ length: n }, (_, i) => {
  const text = articles[i % articles.length]!;
  const title = i < articles.length ? field(text, 'title') : `${field(text, 'title').slice(0, 28)}（副本${i}）`;
  return { title, description: field(text, 'description'), siteName: siteConfig.name };
});

const out = resolve('tests/.tmp/bench-og-cards');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

// Wall time and this process's CPU time: on a shared machine the CPU time is the steadier figure.
const totals = new Map<string, { wall: number; cpu: number }>();
const add = (step: string, wall: number, cpu: NodeJS.CpuUsage) => {
  const total = totals.get(step) ?? { wall: 0, cpu: 0 };
  totals.set(step, { wall: total.wall + wall, cpu: total.cpu + (cpu.user + cpu.system) / 1000 });
};
const time = <T>(step: string, run: () => T): T => {
  const [started, cpu] = [performance.now(), process.cpuUsage()];
  const result = run();
  add(step, performance.now() - started, process.cpuUsage(cpu));
  return result;
};

// The first card also reads and parses the fonts and compiles the WebAssembly: timed apart.
let started = performance.now();
await loadRenderer();
await buildCardSvg(cards[0]!);
const warmUp = performance.now() - started;

const cpuStarted = process.cpuUsage();
let bytes = 0;
let theirBytes = 0;
started = performance.now();
for (const [i, card] of cards.entries()) {
  const [svgStarted, svgCpu] = [performance.now(), process.cpuUsage()];
  const svg = await buildCardSvg(card);
  add('SVG（satori 排版）', performance.now() - svgStarted, process.cpuUsage(svgCpu));
  const resvg = time('解析 SVG（new Resvg）', () => new Resvg(svg, { fitTo: { mode: 'width', value: 1200 } }));
  const image = time('光栅化（render）', () => resvg.render());
  const theirs = time('PNG 编码（resvg asPng）', () => image.asPng());
  const pixels = time('取像素（pixels）', () => image.pixels);
  const png = time('PNG 编码（encodePng）', () => encodePng(pixels, image.width, image.height));
  time('写文件', () => writeFileSync(join(out, `${i}.png`), png));
  bytes += png.length;
  theirBytes += theirs.length;
  image.free();
  resvg.free();
}
const total = performance.now() - started;
const totalCpu = process.cpuUsage(cpuStarted);

console.log(`分享卡片基准：${n} 张，首张（读字体、编译 wasm、解析字体）${warmUp.toFixed(0)} ms`);
console.log(`  ${'步骤'.padEnd(22)} ${'墙钟'.padStart(5)}  ${'CPU'.padStart(7)}（ms/张）`);
for (const [step, { wall, cpu }] of totals) console.log(`  ${step.padEnd(24)} ${(wall / n).toFixed(2).padStart(7)} ${(cpu / n).toFixed(2).padStart(7)}`);
const kb = (b: number) => `${(b / n / 1024).toFixed(1)} KB/张`;
console.log(
  `  ${'合计（两种编码都算）'.padEnd(20)} ${(total / n).toFixed(2).padStart(7)} ${((totalCpu.user + totalCpu.system) / 1000 / n).toFixed(2).padStart(7)}`,
);
console.log(`  卡片大小：encodePng ${kb(bytes)}，resvg asPng ${kb(theirBytes)}`);
// A card as the build makes it, with either encoder: the shared steps plus that encoder's.
const sum = (steps: string[]) => steps.reduce((ms, step) => ms + (totals.get(step)?.cpu ?? 0), 0) / n;
const shared = ['SVG（satori 排版）', '解析 SVG（new Resvg）', '光栅化（render）', '写文件'];
const before = sum([...shared, 'PNG 编码（resvg asPng）']);
const after = sum([...shared, '取像素（pixels）', 'PNG 编码（encodePng）']);
console.log(`  每张 CPU：用 asPng ${before.toFixed(1)} ms，用 encodePng ${after.toFixed(1)} ms（${(before / after).toFixed(2)} 倍）`);
