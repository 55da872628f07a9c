import { describe, expect, it } from 'vitest';
import { parsePlainDate } from '../../shared/calendar/plain-date.ts';
import { plannedHoursProblem } from './planned-hours.ts';

const d = parsePlainDate;

describe('planned accompaniment', () => {
  it('allows 24 h exactly and refuses one minute more', () => {
    expect(plannedHoursProblem(24 * 60, 'self_funded', d('2026-11-23'))).toBeUndefined();
    expect(plannedHoursProblem(24 * 60 + 1, 'self_funded', d('2026-11-23'))).toMatchObject({
      code: 'above_maximum',
      maxMinutes: 1440,
    });
  });
  it('refuses zero or negative durations', () => {
    expect(plannedHoursProblem(0, 'opco', d('2026-11-23'))?.code).toBe('not_positive');
    expect(plannedHoursProblem(-60, 'opco', d('2026-11-23'))?.code).toBe('not_positive');
  });
  it('asks 13 h at least for the CPF from 26 February 2026, not before', () => {
    expect(plannedHoursProblem(13 * 60 - 1, 'cpf', d('2026-02-26'))).toMatchObject({ code: 'below_cpf_minimum' });
    expect(plannedHoursProblem(13 * 60, 'cpf', d('2026-02-26'))).toBeUndefined();
    expect(plannedHoursProblem(10 * 60, 'cpf', d('2026-02-25'))).toBeUndefined();
    expect(plannedHoursProblem(10 * 60, 'employer_plan', d('2026-11-23'))).toBeUndefined();
  });
});
