import { describe, expect, it } from 'vitest';
import {
  contrastOnWhiteFr,
  contrastRatio,
  darkerShade,
  normaliseHexColour,
  readableOnWhite,
  relativeLuminance,
} from './colour.ts';

describe('accent colour', () => {
  it('reads six- and three-digit hex colours, with or without #, in any case', () => {
    expect(normaliseHexColour('#1F4E79')).toBe('#1f4e79');
    expect(normaliseHexColour(' 1f4e79 ')).toBe('#1f4e79');
    expect(normaliseHexColour('#abc')).toBe('#aabbcc');
    for (const bad of ['', '#', '#12345', '#1234567', 'red', '#ggg000', 'rgb(0,0,0)', '#12 456'])
      expect(normaliseHexColour(bad), bad).toBeNull();
  });

  it('computes the WCAG luminance and contrast (black on white is 21:1, a colour on itself 1:1)', () => {
    expect(relativeLuminance('#000000')).toBe(0);
    expect(relativeLuminance('#ffffff')).toBe(1);
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#1f4e79', '#1f4e79')).toBe(1);
    // Known values: #767676 is the lightest grey at 4.5:1 on white, #777777 just below.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it('accepts colours at or above 4.5:1 against white and refuses lighter ones', () => {
    expect(readableOnWhite('#767676')).toBe(true);
    expect(readableOnWhite('#777777')).toBe(false);
    expect(readableOnWhite('#000000')).toBe(true);
    expect(readableOnWhite('#1f4e79')).toBe(true);
    expect(readableOnWhite('#ffffff')).toBe(false);
    expect(readableOnWhite('#ffff00')).toBe(false);
    expect(readableOnWhite('#ff0000')).toBe(false); // 4.0:1
    expect(readableOnWhite('#d00000')).toBe(true);
  });

  it('says the contrast the French way, never rounded up past the threshold', () => {
    expect(contrastOnWhiteFr('#777777')).toBe('4,4');
    expect(contrastOnWhiteFr('#ff0000')).toBe('3,9');
    expect(contrastOnWhiteFr('#000000')).toBe('21');
  });

  it('derives a darker shade that keeps its hue and reads better still', () => {
    expect(darkerShade('#ffffff')).toBe('#c7c7c7');
    expect(darkerShade('#000000')).toBe('#000000');
    expect(darkerShade('#1f4e79', 0.5)).toBe('#10273d');
    expect(contrastRatio(darkerShade('#767676'), '#ffffff')).toBeGreaterThan(contrastRatio('#767676', '#ffffff'));
  });
});
