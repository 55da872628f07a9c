import { describe, expect, it } from 'vitest';
import { parsePlainDate } from '../../shared/calendar/plain-date.ts';
import { bilanAlerts, deadlineState, followUpDeadlineState, seanceToRecord, type BilanAlertFacts } from './alerts.ts';

const d = parsePlainDate;
const calm: BilanAlertFacts = {
  phase: 'investigation',
  startedOn: d('2026-11-01'),
  lastHeldOn: d('2026-11-20'),
  noShows: 0,
  seancePlanned: true,
  plannedMinutes: 1200,
  activeMinutes: 600,
  consentGiven: true,
  plannedEndOn: d('2027-01-31'),
};
const codes = (facts: Partial<BilanAlertFacts>, today = '2026-11-23') =>
  bilanAlerts({ ...calm, ...facts }, d(today)).map((a) => a.code);

describe('a bilan at risk', () => {
  it('is not at risk when séances are held, planned, within hours, consented and before its end', () => {
    expect(codes({})).toEqual([]);
  });

  it('is at risk after two no-shows', () => {
    expect(codes({ noShows: 1 })).toEqual([]);
    expect(codes({ noShows: 2 })).toEqual(['repeated_no_shows']);
  });

  it('drifts after 21 days without a held séance when none is planned, counted from the start if none was held', () => {
    expect(codes({ seancePlanned: false, lastHeldOn: d('2026-11-03') }, '2026-11-23')).toEqual([]);
    expect(codes({ seancePlanned: false, lastHeldOn: d('2026-11-02') }, '2026-11-23')).toEqual(['no_recent_session']);
    // A séance planned ahead: the consultant has acted.
    expect(codes({ seancePlanned: true, lastHeldOn: d('2026-10-01') }, '2026-11-23')).toEqual([]);
    expect(codes({ seancePlanned: false, lastHeldOn: null, consentGiven: false, startedOn: d('2026-11-02') })).toEqual([
      'no_recent_session',
    ]);
    const [alert] = bilanAlerts(
      { ...calm, seancePlanned: false, lastHeldOn: null, startedOn: d('2026-11-02') },
      d('2026-11-23'),
    );
    expect(alert?.message).toContain('depuis le début (2 novembre 2026)');
  });

  it('is at risk when the séances held and planned exceed the hours of the contract', () => {
    expect(codes({ activeMinutes: 1200 })).toEqual([]);
    expect(codes({ activeMinutes: 1230 })).toEqual(['hours_over_plan']);
  });

  it('is at risk when a séance was held without the beneficiary’s consent', () => {
    expect(codes({ consentGiven: false, lastHeldOn: null, startedOn: d('2026-11-20') })).toEqual([]);
    expect(codes({ consentGiven: false })).toEqual(['consent_missing']);
  });

  it('is at risk the day after its planned end while still open', () => {
    expect(codes({ plannedEndOn: d('2026-11-23') })).toEqual([]);
    expect(codes({ plannedEndOn: d('2026-11-22') })).toEqual(['end_date_passed']);
  });

  it('is never at risk once closed or abandoned', () => {
    const everything = {
      noShows: 5,
      lastHeldOn: d('2026-10-01'),
      seancePlanned: false,
      activeMinutes: 5000,
      consentGiven: false,
      plannedEndOn: d('2026-01-01'),
    };
    expect(codes({ ...everything, phase: 'conclusion' })).toHaveLength(5);
    expect(codes({ ...everything, phase: 'cloture' })).toEqual([]);
    expect(codes({ ...everything, phase: 'abandonne' })).toEqual([]);
  });
});

describe('an overdue item', () => {
  it('is due three days before its last day and overdue the day after', () => {
    expect(deadlineState(d('2026-11-26'), d('2026-11-22'))).toBeNull();
    expect(deadlineState(d('2026-11-26'), d('2026-11-23'))).toBe('due');
    expect(deadlineState(d('2026-11-26'), d('2026-11-26'))).toBe('due');
    expect(deadlineState(d('2026-11-26'), d('2026-11-27'))).toBe('overdue');
  });

  it('shows a follow-up interview from its reminder day, overdue after its date', () => {
    expect(followUpDeadlineState(d('2026-12-10'), d('2026-11-26'), d('2026-11-25'))).toBeNull();
    expect(followUpDeadlineState(d('2026-12-10'), d('2026-11-26'), d('2026-11-26'))).toBe('due');
    expect(followUpDeadlineState(d('2026-12-10'), d('2026-11-26'), d('2026-12-11'))).toBe('overdue');
  });

  it('asks to record a séance still planned once it has ended', () => {
    const end = new Date('2026-11-23T10:00:00Z');
    expect(seanceToRecord('planned', end, new Date('2026-11-23T09:59:00Z'))).toBe(false);
    expect(seanceToRecord('planned', end, new Date('2026-11-23T10:00:00Z'))).toBe(true);
    expect(seanceToRecord('held', end, new Date('2026-11-24T10:00:00Z'))).toBe(false);
  });
});
