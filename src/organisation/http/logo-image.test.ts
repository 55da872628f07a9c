import { describe, expect, it } from 'vitest';
import { samplePng, sampleJpeg } from '../../../tests/support/sample-images.ts';
import { inspectLogo, MAX_LOGO_BYTES } from '../domain/logo-image.ts';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('logo image sniffing', () => {
  it('accepts a PNG and a JPEG by their bytes and reads their dimensions from the header', () => {
    expect(inspectLogo(samplePng(120, 60))).toEqual({
      ok: true,
      image: { contentType: 'image/png', width: 120, height: 60 },
    });
    expect(inspectLogo(sampleJpeg())).toEqual({
      ok: true,
      image: { contentType: 'image/jpeg', width: 25, height: 36 },
    });
  });

  it('refuses an empty file, and one over the size limit before reading it', () => {
    expect(inspectLogo(new Uint8Array())).toEqual({ ok: false, problem: 'empty' });
    const big = new Uint8Array(MAX_LOGO_BYTES + 1);
    big.set(samplePng(), 0);
    expect(inspectLogo(big)).toEqual({ ok: false, problem: 'too_large' });
  });

  it('refuses SVG, HTML, GIF and text whatever they claim to be', () => {
    for (const file of [
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
      '<?xml version="1.0"?><svg/>',
      '<!doctype html><html><script>alert(1)</script></html>',
      'GIF89a....',
      'bonjour',
    ])
      expect(inspectLogo(bytes(file)), file).toEqual({ ok: false, problem: 'not_an_image' });
  });

  it('refuses polyglots: an image followed or filled with a page', () => {
    const page = bytes('<html><body><script>alert(document.cookie)</script></body></html>');
    expect(inspectLogo(Buffer.concat([samplePng(), page]))).toEqual({ ok: false, problem: 'malformed' });
    expect(inspectLogo(Buffer.concat([sampleJpeg(), page]))).toEqual({ ok: false, problem: 'malformed' });
    // Markup hidden in a PNG text chunk, the chain of chunks otherwise valid.
    const png = samplePng();
    const iend = png.length - 12;
    const text = Buffer.from('tEXtComment\0<script>alert(1)</script>', 'latin1');
    const length = Buffer.alloc(4);
    length.writeUInt32BE(text.length - 4);
    const withText = Buffer.concat([png.subarray(0, iend), length, text, Buffer.alloc(4), png.subarray(iend)]);
    expect(inspectLogo(withText)).toEqual({ ok: false, problem: 'malformed' });
  });

  it('refuses truncated or broken headers', () => {
    const png = samplePng();
    expect(inspectLogo(png.subarray(0, 30))).toEqual({ ok: false, problem: 'malformed' });
    expect(inspectLogo(png.subarray(0, 8))).toEqual({ ok: false, problem: 'malformed' });
    const noIhdr = Buffer.from(png);
    noIhdr.write('IHDX', 12, 'latin1');
    expect(inspectLogo(noIhdr)).toEqual({ ok: false, problem: 'malformed' });
    expect(inspectLogo(Uint8Array.from([0xff, 0xd8, 0xff, 0xd9]))).toEqual({ ok: false, problem: 'malformed' });
    const jpeg = sampleJpeg();
    expect(inspectLogo(jpeg.subarray(0, jpeg.length - 2))).toEqual({ ok: false, problem: 'malformed' });
  });

  it('refuses images too small to read or too large to be a logo', () => {
    expect(inspectLogo(samplePng(15, 60))).toEqual({ ok: false, problem: 'too_small' });
    expect(inspectLogo(samplePng(16, 16)).ok).toBe(true);
    expect(inspectLogo(samplePng(2000, 20)).ok).toBe(true);
    expect(inspectLogo(samplePng(2001, 20))).toEqual({ ok: false, problem: 'too_big' });
  });
});
