// A small PNG decoder for tests: checks the signature and every chunk's CRC, undoes the five
// scanline filters and returns straight RGBA, so an encoder's output can be compared pixel by
// pixel with another's. Handles what resvg and src/integrations/encode-png.ts write: 8-bit
// truecolour (with or without alpha) and 8-bit indexed colour, not interlaced.
import { crc32, inflateSync } from 'node:zlib';

export interface DecodedPng {
  width: number;
  height: number;
  colourType: number;
  chunks: string[];
  rgba: Uint8Array;
}

export function decodePng(png: Buffer): DecodedPng {
  if (!png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) throw new Error('not a PNG signature');
  const chunks: string[] = [];
  const idat: Buffer[] = [];
  let header: Buffer | undefined;
  let palette: Buffer = Buffer.alloc(0);
  let alpha: Buffer = Buffer.alloc(0);
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    if (crc32(png.subarray(at + 4, at + 8 + length)) !== png.readUInt32BE(at + 8 + length)) throw new Error(`bad CRC in ${type}`);
    chunks.push(type);
    if (type === 'IHDR') header = data;
    else if (type === 'PLTE') palette = data;
    else if (type === 'tRNS') alpha = data;
    else if (type === 'IDAT') idat.push(data);
    at += 12 + length;
  }
  if (!header) throw new Error('no IHDR');
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  const [depth, colourType, , , interlace] = [header[8], header[9], header[10], header[11], header[12]];
  if (depth !== 8 || interlace !== 0 || ![2, 3, 6].includes(colourType!)) throw new Error(`unsupported PNG: depth ${depth}, colour type ${colourType}`);
  const bpp = colourType === 6 ? 4 : colourType === 2 ? 3 : 1;
  const stride = width * bpp;
  const raw = inflateSync(Buffer.concat(idat));
  if (raw.length !== height * (stride + 1)) throw new Error(`image data is ${raw.length} bytes, expected ${height * (stride + 1)}`);
  const lines = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x]!;
      const left = x >= bpp ? lines[y * stride + x - bpp]! : 0;
      const up = y > 0 ? lines[(y - 1) * stride + x]! : 0;
      const upLeft = x >= bpp && y > 0 ? lines[(y - 1) * stride + x - bpp]! : 0;
      const predictor = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter];
      if (predictor === undefined) throw new Error(`unknown filter ${filter} on row ${y}`);
      lines[y * stride + x] = (value + predictor) & 255;
    }
  }
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    if (colourType === 3) {
      const index = lines[i]!;
      if (index * 3 >= palette.length) throw new Error(`palette index ${index} out of range`);
      rgba.set(palette.subarray(index * 3, index * 3 + 3), i * 4);
      rgba[i * 4 + 3] = index < alpha.length ? alpha[index]! : 255;
    } else {
      rgba.set(lines.subarray(i * bpp, i * bpp + 3), i * 4);
      rgba[i * 4 + 3] = bpp === 4 ? lines[i * 4 + 3]! : 255;
    }
  }
  return { width, height, colourType: colourType!, chunks, rgba };
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}
