import { describe, expect, it } from 'vitest';
import { fromParisLocal, parisDate, toParisLocal } from './clock.ts';

describe('Paris time', () => {
  it('converts both ways in winter and in summer', () => {
    expect(fromParisLocal('2026-12-01T14:00').toISOString()).toBe('2026-12-01T13:00:00.000Z');
    expect(fromParisLocal('2026-07-01T14:00').toISOString()).toBe('2026-07-01T12:00:00.000Z');
    expect(toParisLocal(new Date('2026-12-01T13:00:00Z'))).toBe('2026-12-01T14:00');
    expect(toParisLocal(new Date('2026-07-01T12:00:00Z'))).toBe('2026-07-01T14:00');
  });
  it('handles the days the clocks change', () => {
    // 29 March 2026: 02:00 → 03:00. 25 October 2026: 03:00 → 02:00.
    expect(fromParisLocal('2026-03-29T01:30').toISOString()).toBe('2026-03-29T00:30:00.000Z');
    expect(fromParisLocal('2026-03-29T03:30').toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(toParisLocal(fromParisLocal('2026-03-29T02:30'))).toBe('2026-03-29T03:30');
    expect(fromParisLocal('2026-10-25T02:30').toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(toParisLocal(new Date('2026-10-25T01:30:00Z'))).toBe('2026-10-25T02:30');
  });
  it('gives the French calendar date', () => {
    expect(parisDate(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
  });
});
