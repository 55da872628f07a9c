import { describe, expect, it } from 'vitest';
import { existsInParis } from './paris-time.ts';
import { isoDateField, isSensibleDate } from '../fields.ts';

describe('wall-clock times in France', () => {
  it('knows the hour skipped in spring does not exist', () => {
    expect(existsInParis('2027-03-28', '02:30')).toBe(false);
    expect(existsInParis('2027-03-28', '02:00')).toBe(false);
    expect(existsInParis('2027-03-28', '01:59')).toBe(true);
    expect(existsInParis('2027-03-28', '03:00')).toBe(true);
    expect(existsInParis('2026-03-29', '02:15')).toBe(false);
  });

  it('accepts the hour repeated in autumn and ordinary times', () => {
    expect(existsInParis('2027-10-31', '02:30')).toBe(true);
    expect(existsInParis('2026-12-01', '14:00')).toBe(true);
    expect(existsInParis('2026-07-14', '23:59')).toBe(true);
  });
});

describe('calendar dates typed anywhere', () => {
  it('refuses dates that do not exist and years out of range', () => {
    for (const date of ['2026-02-30', '2027-02-29', '2027-13-01', '0000-01-01', '9999-12-31', '2026-04-31'])
      expect(isSensibleDate(date), date).toBe(false);
    for (const date of ['2028-02-29', '2026-12-31', '1990-06-15']) expect(isSensibleDate(date), date).toBe(true);
  });

  it('answers in French', () => {
    const field = isoDateField('Indiquez la date.', 'Format JJ/MM/AAAA.');
    expect(field.safeParse('2027-02-29').error?.issues[0]?.message).toMatch(/n’existe pas/);
    expect(field.safeParse('0000-01-01').error?.issues[0]?.message).toMatch(/n’existe pas/);
    expect(field.safeParse('9999-12-31').error?.issues[0]?.message).toMatch(/entre 1900 et 2099/);
    expect(field.safeParse('31/12/2026').error?.issues[0]?.message).toBe('Format JJ/MM/AAAA.');
    expect(field.parse('2026-12-31')).toBe('2026-12-31');
  });
});
