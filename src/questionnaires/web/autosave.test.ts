import { describe, expect, it } from 'vitest';
import { frenchTime, saveStatusText } from './autosave.ts';

describe('the save line', () => {
  it('says when the answers were saved, the French way (Paris time)', () => {
    expect(frenchTime('2026-12-07T09:42:10Z')).toBe('10 h 42');
    expect(frenchTime('2026-07-07T07:05:00Z')).toBe('9 h 05');
    expect(saveStatusText('saved', '2026-12-07T09:42:10Z', null)).toBe('Enregistré à 10 h 42');
    expect(saveStatusText('saving', '2026-12-07T09:42:10Z', null)).toBe('Enregistrement…');
  });
});
