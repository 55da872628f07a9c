import { describe, expect, it } from 'vitest';
import { addDays, parsePlainDate } from '../../shared/calendar/plain-date.ts';
import { createParameterTable } from '../../shared/parameters/table.ts';
import { DEFAULT_PARAMETER_ENTRIES } from '../../shared/parameters/default-table.ts';
import { qualiopiState } from './qualiopi.ts';

const today = parsePlainDate('2026-11-23');

describe('Qualiopi certificate warning', () => {
  it('says when the expiry date is missing', () => {
    expect(qualiopiState(null, today).level).toBe('missing');
  });

  it('is valid one day beyond the 90-day warning delay, and warns on the 90th day', () => {
    expect(qualiopiState(addDays(today, 91), today)).toEqual({ level: 'valid', daysLeft: 91, message: null });
    const warned = qualiopiState(addDays(today, 90), today);
    expect(warned.level).toBe('expiring');
    expect(warned.message).toBe(
      'Le certificat Qualiopi expire dans 90 jours (le 21 février 2027) : préparez l’audit de renouvellement.',
    );
  });

  it('warns on the last day of validity, and says it expired the day after', () => {
    expect(qualiopiState(today, today)).toMatchObject({
      level: 'expiring',
      daysLeft: 0,
      message: expect.stringContaining('expire aujourd’hui'),
    });
    expect(qualiopiState(addDays(today, 1), today).message).toContain('expire demain');
    const expired = qualiopiState(addDays(today, -1), today);
    expect(expired.level).toBe('expired');
    expect(expired.message).toContain('a expiré le 22 novembre 2026');
  });

  it('reads the delay from the parameter table', () => {
    const table = createParameterTable(
      DEFAULT_PARAMETER_ENTRIES.map((e) => (e.key === 'qualiopi.expiryWarningCalendarDays' ? { ...e, value: 30 } : e)),
    );
    expect(qualiopiState(addDays(today, 31), today, table).level).toBe('valid');
    expect(qualiopiState(addDays(today, 30), today, table).level).toBe('expiring');
  });
});
