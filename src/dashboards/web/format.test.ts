import { expect, it } from 'vitest';
import { frenchDay, frenchTime, parisDay } from './format.ts';

it('writes days and hours the French way, in Paris time', () => {
  expect(frenchDay('2026-12-07')).toBe('lundi 7 décembre 2026');
  expect(frenchDay('2026-12-06T23:30:00Z')).toBe('lundi 7 décembre 2026');
  expect(frenchTime('2026-12-07T08:30:00Z')).toBe('9 h 30');
  expect(frenchTime('2026-07-07T12:00:00Z')).toBe('14 h');
  expect(parisDay('2026-12-06T23:30:00Z')).toBe('2026-12-07');
});
