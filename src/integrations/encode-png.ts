import { crc32, deflateSync } from 'node:zlib';

/**
 * Encodes raw RGBA pixels as a PNG, for the share cards. A card is a few flat colours plus
 * anti-aliased text (83 distinct colours in the cards checked), so it is written as an
 * indexed-colour PNG: one byte per pixel, no filtering, fast zlib. That is lossless, about
 * four times faster than resvg's own encoder (truecolour with alpha, adaptive filters) and
 * about half the size (see docs/quality.md, 构建规模). An image with more than 256 colours is written as truecolour RGBA instead, so
 * any input still comes out exact.
 *
 * Precondition: `rgba` holds `width × height` pixels, four bytes each (red, green, blue,
 * alpha, not premultiplied), row by row from the top; `width` and `height` are whole numbers ≥ 1.
 */
export function encodePng(rgba: Uint8Array, width: number, height: number): Buffer {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1 || rgba.length !== width * height * 4)
    throw new Error(`PNG 编码：${width}×${height} 的图要 ${width * height * 4} 字节 RGBA，收到 ${rgba.length} 字节`);
  const indexed = toIndexed(rgba, width, height);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per sample (or per palette index)
  header[9] = indexed ? 3 : 6; // colour type: indexed, or truecolour with alpha
  const chunks = [PNG_SIGNATURE, chunk('IHDR', header)];
  if (indexed) {
    chunks.push(chunk('PLTE', indexed.palette));
    if (indexed.alpha) chunks.push(chunk('tRNS', indexed.alpha));
  }
  // Level 1: about 1 ms and 29 KB for a card; level 6 saves a quarter of the bytes for four times the time.
  chunks.push(chunk('IDAT', deflateSync(indexed?.rows ?? toRows(rgba, width, height), { level: 1 })), chunk('IEND', Buffer.alloc(0)));
  return Buffer.concat(chunks);
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** Scanlines of palette indices, each after filter byte 0 (none); undefined past 256 colours. */
function toIndexed(rgba: Uint8Array, width: number, height: number) {
  // One 32-bit word per pixel (a copy only if the bytes are not 4-aligned).
  const words = rgba.byteOffset % 4 === 0 ? new Uint32Array(rgba.buffer, rgba.byteOffset, width * height) : new Uint32Array(rgba.slice().buffer);
  const bytes = Buffer.from(words.buffer, words.byteOffset, width * height * 4);
  const stride = width * 4;
  const indexOf = new Map<number, number>();
  const rows = Buffer.alloc(height * (width + 1));
  let previous = -1;
  let index = 0;
  for (let y = 0, out = 0, pixel = 0; y < height; y++) {
    rows[out++] = 0;
    // A row like the one above (the margins, between lines of text) is compared natively and copied.
    if (y > 0 && bytes.subarray(y * stride, (y + 1) * stride).equals(bytes.subarray((y - 1) * stride, y * stride))) {
      rows.copyWithin(out, out - width - 1, out - 1);
      out += width;
      pixel += width;
      continue;
    }
    for (let x = 0; x < width; x++, pixel++) {
      const word = words[pixel]!;
      // Most pixels repeat their left neighbour (background, glyph interiors): skip the lookup.
      if (word !== previous) {
        previous = word;
        let found = indexOf.get(word);
        if (found === undefined) {
          if (indexOf.size === 256) return undefined;
          found = indexOf.size;
          indexOf.set(word, found);
        }
        index = found;
      }
      rows[out++] = index;
    }
  }
  const palette = Buffer.alloc(indexOf.size * 3);
  const alpha = Buffer.alloc(indexOf.size);
  let translucent = false;
  for (const [word, i] of indexOf) {
    // The word's bytes in memory order are the pixel's R, G, B, A whatever the machine's endianness.
    const bytes = new Uint8Array(Uint32Array.of(word).buffer);
    palette.set(bytes.subarray(0, 3), i * 3);
    alpha[i] = bytes[3]!;
    if (bytes[3] !== 255) translucent = true;
  }
  return { rows, palette, alpha: translucent ? alpha : undefined };
}

/** Scanlines of RGBA, each after filter byte 0 (none). */
function toRows(rgba: Uint8Array, width: number, height: number): Buffer {
  const stride = width * 4;
  const rows = Buffer.alloc(height * (stride + 1));
  for (let y = 0; y < height; y++) rows.set(rgba.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  return rows;
}
