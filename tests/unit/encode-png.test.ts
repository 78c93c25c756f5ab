import { Resvg } from '@resvg/resvg-wasm';
import { describe, expect, it } from 'vitest';
import { encodePng } from '../../src/integrations/encode-png.ts';
import { buildCardSvg, loadRenderer, renderOgImage } from '../../src/integrations/render-og-image.ts';
import { decodePng } from '../helpers/decode-png.ts';

/** A width×height image whose pixel i has colour colours[f(i)]. */
function image(width: number, height: number, colours: number[][], pick: (i: number) => number): Uint8Array {
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) rgba.set(colours[pick(i) % colours.length]!, i * 4);
  return rgba;
}

const TEAL = [11, 85, 79, 255];
const WHITE = [255, 255, 255, 255];
const HALF = [133, 170, 167, 255];

describe('encodePng', () => {
  it('writes the PNG signature, IHDR with the size first, IEND last, and a right CRC on every chunk', () => {
    const png = encodePng(
      image(7, 3, [TEAL, WHITE], (i) => i),
      7,
      3,
    );
    const decoded = decodePng(png); // throws on a bad signature or CRC
    expect([decoded.width, decoded.height]).toEqual([7, 3]);
    expect(decoded.chunks[0]).toBe('IHDR');
    expect(decoded.chunks.at(-1)).toBe('IEND');
    expect(png.subarray(png.length - 12)).toEqual(Buffer.from([0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]));
  });

  it('the test decoder notices a damaged chunk, so the CRC check above can fail', () => {
    const png = encodePng(
      image(7, 3, [TEAL, WHITE], (i) => i),
      7,
      3,
    );
    png[40]! ^= 1;
    expect(() => decodePng(png)).toThrow(/bad CRC/);
  });

  it('writes an image of few opaque colours as indexed colour without transparency, pixel for pixel', () => {
    const rgba = image(50, 20, [TEAL, WHITE, HALF], (i) => Math.floor(i / 7));
    const decoded = decodePng(encodePng(rgba, 50, 20));
    expect(decoded.colourType).toBe(3);
    expect(decoded.chunks).not.toContain('tRNS');
    expect(decoded.rgba).toEqual(rgba);
  });

  it('copies a row that repeats the one above and still reads the rows after it', () => {
    const rgba = image(6, 5, [TEAL, WHITE, HALF], (i) => (i < 18 ? 0 : i));
    expect(decodePng(encodePng(rgba, 6, 5)).rgba).toEqual(rgba);
  });

  it('keeps translucent colours of an indexed image in a tRNS chunk', () => {
    const rgba = image(9, 9, [TEAL, [255, 0, 0, 128], [0, 0, 0, 0]], (i) => i);
    const decoded = decodePng(encodePng(rgba, 9, 9));
    expect(decoded.colourType).toBe(3);
    expect(decoded.chunks).toContain('tRNS');
    expect(decoded.rgba).toEqual(rgba);
  });

  it('writes an image of more than 256 colours as truecolour with alpha, still exact', () => {
    // 1,200 different colours: red and green count the pixel, alpha varies too.
    const rgba = new Uint8Array(40 * 30 * 4).map((_, byte) => [(byte >> 2) & 255, byte >> 10, 90, 200 + ((byte >> 2) % 56)][byte % 4]!);
    const decoded = decodePng(encodePng(rgba, 40, 30));
    expect(decoded.colourType).toBe(6);
    expect(decoded.rgba).toEqual(rgba);
  });

  it('reads pixels that do not start on a 4-byte boundary', () => {
    const rgba = image(5, 4, [TEAL, WHITE], (i) => i >> 1);
    const shifted = new Uint8Array(rgba.length + 1).subarray(1);
    shifted.set(rgba);
    expect(decodePng(encodePng(shifted, 5, 4)).rgba).toEqual(rgba);
  });

  it('names the sizes when the pixels do not fit the dimensions', () => {
    expect(() => encodePng(new Uint8Array(10), 2, 2)).toThrow('2×2 的图要 16 字节 RGBA，收到 10 字节');
    expect(() => encodePng(new Uint8Array(0), 0, 0)).toThrow(/PNG 编码/);
  });

  // The first card also compiles resvg's WebAssembly and parses the fonts: seconds on a loaded machine.
  it('encodes a share card with a Chinese title to exactly the pixels of resvg’s own PNG, at 1200×630', { timeout: 30_000 }, async () => {
    await loadRenderer();
    const svg = await buildCardSvg({
      title: '收到法院的起诉状副本怎么办？15 天内答辩',
      description: '先看清是哪家法院、谁起诉你、要求多少钱。',
      siteName: '逾期与催收明白纸',
    });
    const resvg = new Resvg(svg, { fitTo: { mode: 'width', value: 1200 } });
    const rendered = resvg.render();
    const theirs = Buffer.from(rendered.asPng());
    const ours = encodePng(rendered.pixels, rendered.width, rendered.height);
    rendered.free();
    resvg.free();
    const [a, b] = [decodePng(ours), decodePng(theirs)];
    expect([a.width, a.height, a.colourType]).toEqual([1200, 630, 3]);
    expect(Buffer.from(a.rgba).equals(Buffer.from(b.rgba))).toBe(true);
    expect(ours.length).toBeLessThan(theirs.length);
  });

  it('renderOgImage returns the indexed 1200×630 card', async () => {
    const card = decodePng(await renderOgImage({ title: '催收说要上门怎么办', description: '上门不得滋扰。', siteName: '逾期与催收明白纸' }));
    expect([card.width, card.height, card.colourType]).toEqual([1200, 630, 3]);
  });
});
