import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import satori from 'satori';
import { encodePng } from './encode-png.ts';

/**
 * Noto Sans SC from the npm registry (@fontsource/noto-sans-sc, SIL OFL), read from
 * node_modules: nothing is fetched at build time and no system font is needed.
 */
function loadFonts() {
  const require = createRequire(import.meta.url);
  const dir = join(dirname(require.resolve('@fontsource/noto-sans-sc/package.json')), 'files');
  const read = (subset: string, weight: 400 | 700) => readFileSync(join(dir, `noto-sans-sc-${subset}-${weight}-normal.woff`));
  // Chinese first: satori takes the first font of a weight that it believes covers a glyph.
  return [
    { name: 'Noto Sans SC', data: read('chinese-simplified', 700), weight: 700 as const, style: 'normal' as const },
    { name: 'Noto Sans SC Latin', data: read('latin', 700), weight: 700 as const, style: 'normal' as const },
    { name: 'Noto Sans SC', data: read('chinese-simplified', 400), weight: 400 as const, style: 'normal' as const },
    { name: 'Noto Sans SC Latin', data: read('latin', 400), weight: 400 as const, style: 'normal' as const },
  ];
}

let fonts: ReturnType<typeof loadFonts> | undefined;
let wasmReady: Promise<void> | undefined;

/**
 * The WebAssembly build of resvg, not the native addon: the addon's pixel buffers live
 * outside the JS heap, so V8 never felt the pressure and a build of 1,000 cards grew by
 * about 3 MB per card (3.3 GB at 1,000 articles, measured with a sampling of RSS). The wasm
 * build is freed explicitly after each card, so memory stays flat, and it is as fast here.
 */
export function loadRenderer(): Promise<void> {
  const require = createRequire(import.meta.url);
  wasmReady ??= initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));
  return wasmReady;
}

type Node = { type: string; props: Record<string, unknown> };
const h = (type: string, style: Record<string, unknown>, children: unknown): Node => ({ type, props: { style, children } });

/** A 1200×630 PNG card with the page's title and summary in Chinese. */
export interface OgCard {
  title: string;
  description: string;
  siteName: string;
}

/** What a drawn card is cached under: its text, whatever order the fields were built in. */
export const cardKey = ({ title, description, siteName }: OgCard) => JSON.stringify([title, description, siteName]);

/** The card as SVG (satori lays the text out and turns the glyphs into paths). */
export async function buildCardSvg({ title, description, siteName }: OgCard): Promise<string> {
  fonts ??= loadFonts();
  const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
  const card = h(
    'div',
    {
      width: 1200,
      height: 630,
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '56px 72px 96px',
      background: '#0b554f',
      color: '#ffffff',
      fontFamily: 'Noto Sans SC, Noto Sans SC Latin',
    },
    [
      h('div', { fontSize: 30, fontWeight: 700, color: '#bfe6e1' }, siteName),
      h('div', { display: 'flex', flexDirection: 'column', gap: 28, width: 1056 }, [
        h('div', { fontSize: title.length > 24 ? 54 : 64, fontWeight: 700, lineHeight: 1.3, width: 1056, wordBreak: 'break-all' }, clip(title, 44)),
        h('div', { fontSize: 30, fontWeight: 400, lineHeight: 1.5, color: '#e6f4f2', width: 1056, wordBreak: 'break-all' }, clip(description, 66)),
      ]),
    ],
  );
  return satori(card as never, { width: 1200, height: 630, fonts });
}

export async function renderOgImage(card: OgCard): Promise<Buffer> {
  const svg = await buildCardSvg(card);
  await loadRenderer();
  const resvg = new Resvg(svg, { fitTo: { mode: 'width', value: 1200 } });
  const image = resvg.render();
  try {
    // Our own PNG encoder: resvg's (truecolour, adaptive filters) was more than half of a
    // card's time. The pixels are premultiplied, which equals straight alpha here because
    // the card's background is opaque.
    return encodePng(image.pixels, image.width, image.height);
  } finally {
    image.free();
    resvg.free();
  }
}
