import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodePng, pngSize } from '../../scripts/og-cards/encode-png.ts';

describe('encodePng', () => {
  // 2×2 pixels: red, green / blue, white, all opaque.
  const rgba = new Uint8Array([255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 255, 255, 255, 255]);
  const png = encodePng(rgba, 2, 2);

  it('writes a PNG whose header gives the size, 8-bit RGB', () => {
    expect(pngSize(png)).toEqual({ width: 2, height: 2 });
    expect([...png.subarray(24, 26)]).toEqual([8, 2]);
  });

  it('holds each row as a filter byte and the pixels without alpha', () => {
    const idat = png.indexOf('IDAT', 0, 'latin1');
    const length = png.readUInt32BE(idat - 4);
    expect([...inflateSync(png.subarray(idat + 4, idat + 4 + length))]).toEqual([0, 255, 0, 0, 0, 255, 0, 0, 0, 0, 255, 255, 255, 255]);
    expect(png.subarray(-8, -4).toString('latin1')).toBe('IEND');
  });
});

describe('pngSize', () => {
  it('is null for bytes that are not a PNG', () => {
    expect(pngSize(Buffer.from('GIF89a and more bytes than a header'))).toBeNull();
  });
});
