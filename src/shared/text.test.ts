import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { cleanJson, isCleanJson, isMultiLineText, isOneLineText, oneLine, UNSAFE_TEXT_MESSAGE } from './text.ts';

describe('the shared text rule', () => {
  it('refuses NUL, other control characters and lone surrogates', () => {
    for (const bad of ['a\u0000b', 'a\u0007b', 'a\u001Bb', 'a\u007Fb', 'a\u0085b', 'a\ud800', '\udc00a', 'x\ud83dy']) {
      expect(isOneLineText(bad), JSON.stringify(bad)).toBe(false);
      expect(isMultiLineText(bad), JSON.stringify(bad)).toBe(false);
    }
  });

  it('keeps accents, emoji and typographic spaces; tabs and line breaks only where text spans lines', () => {
    for (const good of ['Élodie Lefèvre', 'consultant·e', '1\u202F600 €', 'bravo 👏', '« oui »']) {
      expect(isOneLineText(good)).toBe(true);
      expect(isMultiLineText(good)).toBe(true);
    }
    for (const lines of ['un\ndeux', 'un\r\ndeux', 'col\tcol']) {
      expect(isOneLineText(lines)).toBe(false);
      expect(isMultiLineText(lines)).toBe(true);
    }
    expect(isOneLineText('a\u2028b')).toBe(false);
  });

  it('walks free JSON, keys included', () => {
    expect(isCleanJson({ a: ['ok', { b: 'ligne\nsuivante' }], n: 3, t: true, z: null })).toBe(true);
    expect(isCleanJson({ a: ['ok', { b: 'x\u0000' }] })).toBe(false);
    expect(isCleanJson({ ['\ud800']: 'ok' })).toBe(false);
  });

  it('gives a French message through zod', () => {
    const schema = z.object({ title: z.string().check(oneLine()), answers: z.unknown().check(cleanJson()) });
    const result = schema.safeParse({ title: 'a\u0000', answers: ['\udfff'] });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toEqual([UNSAFE_TEXT_MESSAGE, UNSAFE_TEXT_MESSAGE]);
  });
});
