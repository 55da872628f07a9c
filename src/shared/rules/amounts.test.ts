import { describe, expect, it } from 'vitest';
import { checkCents, checkMinutes, parseEurosToCents } from './amounts.ts';
import { parsePlainDate } from '../calendar/plain-date.ts';
import { formatBasisPointsFr, formatDateFr, formatEurosFr, formatMinutesFr, pluralFr } from './format.ts';

const cents = (text: string) => {
  const parsed = parseEurosToCents(text);
  return parsed.ok ? parsed.cents : parsed.issue.code;
};

describe('parseEurosToCents', () => {
  it('accepts French and plain notations', () => {
    expect(cents('1600')).toBe(160000);
    expect(cents('1 600')).toBe(160000);
    expect(cents('1\u202F600,50 €')).toBe(160050);
    expect(cents('1\u00A0600,5')).toBe(160050);
    expect(cents('99.90')).toBe(9990);
    expect(cents('  103,20 EUR ')).toBe(10320);
    expect(cents('0')).toBe(0);
  });

  it('names a wrong format in French', () => {
    for (const bad of ['', 'abc', '-10', '10,123', '1 60', '1,600,00', '12e3', '10 000 000,01']) {
      expect(cents(bad), bad).toBe('invalid_amount');
    }
    const parsed = parseEurosToCents('12,345');
    expect(parsed.ok ? '' : parsed.issue.message).toBe(
      'Le montant « 12,345 » n’est pas valide : saisissez un montant positif en euros, avec au plus deux décimales (par exemple 1 600 ou 1 600,50).',
    );
  });
});

describe('integer checks', () => {
  it('accepts whole non-negative cents and minutes only', () => {
    expect(checkCents(0, 'Le prix')).toBeNull();
    expect(checkCents(160000, 'Le prix')).toBeNull();
    expect(checkCents(0.5, 'Le prix')?.code).toBe('invalid_amount');
    expect(checkCents(-1, 'Le prix')?.message).toMatch(/^Le prix doit être un montant en centimes entier/);
    expect(checkMinutes(120, 'La durée')).toBeNull();
    expect(checkMinutes(Number.POSITIVE_INFINITY, 'La durée')?.data).toEqual({ value: 'Infinity' });
  });
});

describe('French formatting', () => {
  it('formats dates, money, durations, percentages and plurals', () => {
    expect(formatDateFr(parsePlainDate('2026-05-01'))).toBe('1er mai 2026');
    expect(formatDateFr(parsePlainDate('2026-08-15'))).toBe('15 août 2026');
    expect(formatEurosFr(160000)).toBe('1\u202F600,00\u00A0€');
    expect(formatEurosFr(10320)).toBe('103,20\u00A0€');
    expect(formatEurosFr(100000000)).toBe('1\u202F000\u202F000,00\u00A0€');
    expect(formatMinutesFr(1440)).toBe('24\u00A0h');
    expect(formatMinutesFr(1470)).toBe('24\u00A0h\u00A030');
    expect(formatMinutesFr(45)).toBe('45\u00A0min');
    expect(formatBasisPointsFr(3000)).toBe('30\u00A0%');
    expect(formatBasisPointsFr(3050)).toBe('30,5\u00A0%');
    expect(pluralFr(1, 'jour', 'jours')).toBe('1\u00A0jour');
    expect(pluralFr(10, 'jour', 'jours')).toBe('10\u00A0jours');
  });
});
