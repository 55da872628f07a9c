import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseLocalDateTime } from '../../shared/calendar/local-date-time.ts';
import { parsePlainDate } from '../../shared/calendar/plain-date.ts';
import { atRiskFlags, completionRateBasisPoints, hoursCounters } from './counters.ts';
import { checkSessionPlan, draftWarnings, slotWarnings, type SessionPlanInput } from './plan.ts';
import type { Seance } from './seance.ts';

const t = parseLocalDateTime;
const now = t('2026-06-01T08:00');
const referenceDate = parsePlainDate('2026-05-04');

let counter = 0;
function seance(start: string, end: string, extra: Partial<Seance> = {}): Seance {
  counter += 1;
  return {
    id: `s${counter}`,
    consultantId: 'c1',
    phase: 'investigation',
    mode: 'in_person',
    start: t(start),
    end: t(end),
    status: 'planned',
    signedByBeneficiary: false,
    signedByConsultant: false,
    ...extra,
  };
}

/** Eleven held and signed sessions of 2 h: 22 h of accompaniment. */
const held = Array.from({ length: 11 }, (_, i) =>
  seance(`2026-05-${String(4 + i).padStart(2, '0')}T09:00`, `2026-05-${String(4 + i).padStart(2, '0')}T11:00`, {
    status: 'held',
    signedByBeneficiary: true,
    signedByConsultant: true,
  }),
);

const plan = (
  candidate: Omit<Partial<Seance>, 'start' | 'end'> & { start: string; end: string },
  extra: Partial<SessionPlanInput> = {},
) => {
  const { start, end, ...rest } = candidate;
  const draft = {
    consultantId: 'c1',
    phase: 'conclusion' as const,
    mode: 'remote' as const,
    start: t(start),
    end: t(end),
    ...rest,
  };
  return checkSessionPlan({
    candidate: draft,
    bilanSessions: held,
    consultantSessions: held,
    now,
    referenceDate,
    ...extra,
  });
};
const codes = (report: { issues: { code: string }[] }) => report.issues.map((issue) => issue.code);

describe('session plan', () => {
  it('accepts a session that brings the bilan to exactly 24 h', () => {
    expect(plan({ start: '2026-06-02T09:00', end: '2026-06-02T11:00' })).toEqual({ ok: true, issues: [] });
  });

  it('refuses one more minute, with the total and what remains', () => {
    const report = plan({ start: '2026-06-02T09:00', end: '2026-06-02T11:01' });
    expect(codes(report)).toEqual(['accompaniment_above_maximum']);
    expect(report.issues[0]?.message).toBe(
      'Cette séance porterait l’accompagnement du bilan à 24\u00A0h\u00A001, au-delà du maximum de 24\u00A0h : il reste 2\u00A0h à planifier.',
    );
  });

  it('counts planned sessions, attested times, and ignores cancelled sessions and no-shows', () => {
    const others = [
      ...held.slice(0, 10),
      seance('2026-05-20T09:00', '2026-05-20T11:00', { status: 'held', attendedMinutes: 90 }),
      seance('2026-06-10T09:00', '2026-06-10T11:00'),
      seance('2026-05-21T09:00', '2026-05-21T11:00', { status: 'no_show' }),
      seance('2026-05-22T09:00', '2026-05-22T11:00', { status: 'cancelled' }),
    ];
    // 20 h + 1 h 30 + 2 h = 23 h 30: 30 min remain.
    expect(plan({ start: '2026-06-02T09:00', end: '2026-06-02T09:30' }, { bilanSessions: others }).ok).toBe(true);
    expect(plan({ start: '2026-06-02T09:00', end: '2026-06-02T09:31' }, { bilanSessions: others }).ok).toBe(false);
  });

  it('never counts personal work towards the maximum', () => {
    expect(plan({ start: '2026-06-02T09:00', end: '2026-06-02T19:00', mode: 'personal_work' }).ok).toBe(true);
  });

  it('excludes the session being rescheduled from the total', () => {
    const last = held[10];
    expect(last).toBeDefined();
    expect(plan({ id: last?.id, start: '2026-06-02T09:00', end: '2026-06-02T13:00' }).ok).toBe(true);
    expect(plan({ id: last?.id, start: '2026-06-02T09:00', end: '2026-06-02T13:01' }).ok).toBe(false);
  });

  it('refuses an end not after the start', () => {
    const report = plan({ start: '2026-06-02T11:00', end: '2026-06-02T11:00' });
    expect(codes(report)).toEqual(['session_end_not_after_start']);
    expect(report.issues[0]?.message).toBe(
      'La fin de la séance (11\u00A0h le 2 juin 2026) doit être après son début (11\u00A0h le 2 juin 2026).',
    );
  });

  it('refuses a start before now, accepts a start at now', () => {
    expect(codes(plan({ start: '2026-06-01T07:59', end: '2026-06-01T08:30' }))).toEqual(['session_in_past']);
    expect(plan({ start: '2026-06-01T08:00', end: '2026-06-01T08:30' }).ok).toBe(true);
  });

  it("refuses an overlap with the same consultant's session, in any bilan, but not back to back", () => {
    const otherBilan = [seance('2026-06-02T10:00', '2026-06-02T12:00', { consultantId: 'c1' })];
    const report = plan(
      { start: '2026-06-02T09:00', end: '2026-06-02T10:01' },
      { consultantSessions: otherBilan, bilanSessions: [] },
    );
    expect(codes(report)).toEqual(['session_overlap']);
    expect(report.issues[0]?.message).toBe(
      'Le ou la consultant·e a déjà une séance le 2 juin 2026 de 10\u00A0h à 12\u00A0h, qui chevauche celle-ci ' +
        '(le 2 juin 2026 de 9\u00A0h à 10\u00A0h\u00A001).',
    );
    expect(
      plan(
        { start: '2026-06-02T09:00', end: '2026-06-02T10:00' },
        { consultantSessions: otherBilan, bilanSessions: [] },
      ).ok,
    ).toBe(true);
    const otherConsultant = [seance('2026-06-02T09:00', '2026-06-02T12:00', { consultantId: 'c2' })];
    expect(
      plan({ start: '2026-06-02T09:00', end: '2026-06-02T10:00' }, { consultantSessions: otherConsultant }).ok,
    ).toBe(true);
    const cancelled = [seance('2026-06-02T09:00', '2026-06-02T12:00', { status: 'cancelled' })];
    expect(plan({ start: '2026-06-02T09:00', end: '2026-06-02T10:00' }, { consultantSessions: cancelled }).ok).toBe(
      true,
    );
  });

  it('never accepts a plan that would exceed 24 h (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 30, max: 240 }), { maxLength: 20 }),
        fc.integer({ min: 1, max: 600 }),
        (lengths, next) => {
          const sessions = lengths.map((minutes, i) => {
            const day = `2026-07-${String(1 + i).padStart(2, '0')}`;
            return seance(
              `${day}T08:00`,
              `${day}T${String(8 + Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`,
            );
          });
          const already = lengths.reduce((sum, minutes) => sum + minutes, 0);
          const end = `2026-06-02T${String(8 + Math.floor(next / 60)).padStart(2, '0')}:${String(next % 60).padStart(2, '0')}`;
          const report = plan({ start: '2026-06-02T08:00', end }, { bilanSessions: sessions, consultantSessions: [] });
          expect(report.ok).toBe(already + next <= 1440);
        },
      ),
    );
  });
});

describe('session plan warnings (issue 11)', () => {
  const few = held.slice(0, 5); // 10 h held
  const warn = (
    candidate: Omit<Partial<Seance>, 'start' | 'end'> & { start: string; end: string },
    extra: Partial<SessionPlanInput> = {},
  ) => plan(candidate, { bilanSessions: few, consultantSessions: few, ...extra });

  it('warns, without blocking, about a séance on Christmas Day (a French public holiday)', () => {
    const report = warn({ start: '2026-12-25T09:00', end: '2026-12-25T11:00' });
    expect(report.ok).toBe(true);
    expect(report.issues).toEqual([
      expect.objectContaining({
        code: 'session_on_public_holiday',
        severity: 'warning',
        message:
          'Le 25 décembre 2026 est un jour férié (Noël) : vérifiez que la séance peut bien avoir lieu ce jour-là.',
      }),
    ]);
  });

  it('answers a date before the holidays are known (1931) with the plan’s own verdict, not an exception (found by the fuzz suite)', () => {
    expect(() => warn({ start: '1931-07-21T00:00', end: '1931-07-21T12:00' })).not.toThrow();
    expect(() =>
      slotWarnings({ mode: 'in_person', start: '1931-07-19T09:00', end: '1931-07-19T11:00' } as never),
    ).not.toThrow();
  });

  it('warns about Easter Monday (computed from Easter) and about a Sunday, not about a Saturday', () => {
    expect(codes(warn({ start: '2027-03-29T09:00', end: '2027-03-29T11:00' }))).toEqual(['session_on_public_holiday']);
    const sunday = warn({ start: '2026-12-27T09:00', end: '2026-12-27T11:00' });
    expect(sunday.ok).toBe(true);
    expect(sunday.issues[0]?.message).toBe(
      'Le 27 décembre 2026 est un dimanche : vérifiez que la séance peut bien avoir lieu ce jour-là.',
    );
    expect(codes(warn({ start: '2026-12-26T09:00', end: '2026-12-26T11:00' }))).toEqual([]);
  });

  it('warns about a séance longer than 4 h, not about one of exactly 4 h', () => {
    const report = warn({ start: '2026-12-22T09:00', end: '2026-12-22T15:00' });
    expect(report.ok).toBe(true);
    expect(report.issues).toEqual([
      expect.objectContaining({
        code: 'session_too_long',
        severity: 'warning',
        message:
          'Cette séance dure 6\u00A0h, plus que les 4\u00A0h conseillées : pensez à la découper en plusieurs séances.',
      }),
    ]);
    expect(codes(warn({ start: '2026-12-22T09:00', end: '2026-12-22T13:00' }))).toEqual([]);
  });

  it('warns beyond the hours planned for the bilan (22 h against 20 h), and refuses beyond 24 h', () => {
    const twenty = held.slice(0, 10); // 20 h
    const report = plan(
      { start: '2026-06-02T09:00', end: '2026-06-02T11:00' },
      { bilanSessions: twenty, bilanPlannedMinutes: 20 * 60 },
    );
    expect(report.ok).toBe(true);
    expect(report.issues).toEqual([
      expect.objectContaining({
        code: 'accompaniment_above_planned',
        severity: 'warning',
        message:
          'Cette séance porterait l’accompagnement du bilan à 22\u00A0h, au-delà des 20\u00A0h prévues au devis ou à la convention.',
      }),
    ]);
    expect(
      codes(plan({ start: '2026-06-02T09:00', end: '2026-06-02T11:00' }, { bilanPlannedMinutes: 22 * 60 })),
    ).toEqual(['accompaniment_above_planned']);
    const beyondLaw = plan({ start: '2026-06-02T09:00', end: '2026-06-02T11:01' }, { bilanPlannedMinutes: 20 * 60 });
    expect(beyondLaw.ok).toBe(false);
    expect(codes(beyondLaw)).toEqual(['accompaniment_above_maximum']);
    expect(
      codes(plan({ start: '2026-06-02T09:00', end: '2026-06-02T11:00' }, { bilanPlannedMinutes: 24 * 60 })),
    ).toEqual([]);
  });

  it('gives the form the same warnings while the consultant types, and nothing while incomplete', () => {
    const draft = { date: '2026-12-25', start: '09:00', end: '15:00', mode: 'in_person' as const };
    expect(draftWarnings(draft, 20 * 60, 20 * 60)).toEqual([
      'Le 25 décembre 2026 est un jour férié (Noël) : vérifiez que la séance peut bien avoir lieu ce jour-là.',
      'Cette séance dure 6\u00A0h, plus que les 4\u00A0h conseillées : pensez à la découper en plusieurs séances.',
      // 26 h is beyond the legal maximum: the server refuses it, the form does not call it a mere excess.
    ]);
    expect(draftWarnings({ ...draft, end: '11:00' }, 20 * 60, 20 * 60)).toHaveLength(2);
    expect(draftWarnings({ ...draft, date: '' }, 0, 20 * 60)).toEqual([]);
    expect(draftWarnings({ ...draft, end: '' }, 0, 20 * 60)).toEqual([]);
    // A year being typed part by part (2, 20, 202) is a date before any rule in force: no crash.
    for (const date of ['0002-12-21', '0020-12-21', '0202-12-21']) {
      expect(() => draftWarnings({ ...draft, date }, 20 * 60, 20 * 60)).not.toThrow();
    }
  });

  it('never warns about personal work', () => {
    expect(
      codes(
        warn(
          { start: '2026-12-25T09:00', end: '2026-12-25T19:00', mode: 'personal_work' },
          { bilanPlannedMinutes: 60 },
        ),
      ),
    ).toEqual([]);
  });
});

describe('hours counters', () => {
  it('separates signed accompaniment, unsigned, planned and personal work', () => {
    const sessions = [
      seance('2026-05-04T09:00', '2026-05-04T11:00', {
        status: 'held',
        signedByBeneficiary: true,
        signedByConsultant: true,
      }),
      seance('2026-05-05T09:00', '2026-05-05T11:00', {
        status: 'held',
        signedByBeneficiary: true,
        signedByConsultant: true,
        attendedMinutes: 100,
      }),
      seance('2026-05-06T09:00', '2026-05-06T11:00', { status: 'held', signedByConsultant: true }),
      seance('2026-06-06T09:00', '2026-06-06T12:00'),
      seance('2026-05-07T09:00', '2026-05-07T10:30', { mode: 'personal_work', status: 'held' }),
      seance('2026-06-07T09:00', '2026-06-07T10:00', { mode: 'personal_work' }),
      seance('2026-05-08T09:00', '2026-05-08T11:00', { status: 'no_show' }),
      seance('2026-05-09T09:00', '2026-05-09T11:00', { status: 'cancelled' }),
    ];
    expect(hoursCounters(sessions)).toEqual({
      accompanimentDoneMinutes: 220,
      accompanimentAwaitingSignatureMinutes: 120,
      accompanimentPlannedMinutes: 180,
      personalWorkDoneMinutes: 90,
      personalWorkPlannedMinutes: 60,
      noShowCount: 1,
    });
  });

  it('computes the completion rate in basis points', () => {
    expect(completionRateBasisPoints(18 * 60, 24 * 60)).toBe(7500);
    expect(completionRateBasisPoints(25 * 60, 24 * 60)).toBe(10000);
    expect(completionRateBasisPoints(60, 0)).toBe(0);
  });
});

describe('at-risk flag', () => {
  const startedOn = parsePlainDate('2026-05-04');
  const lastHeld = seance('2026-05-11T09:00', '2026-05-11T11:00', { status: 'held' });

  it('is raised at 2 no-shows, not at 1', () => {
    const one = [lastHeld, seance('2026-05-18T09:00', '2026-05-18T11:00', { status: 'no_show' })];
    const two = [...one, seance('2026-05-25T09:00', '2026-05-25T11:00', { status: 'no_show' })];
    const at = t('2026-05-26T09:00');
    expect(atRiskFlags({ sessions: one, now: at, startedOn }).atRisk).toBe(false);
    const flagged = atRiskFlags({ sessions: two, now: at, startedOn });
    expect(flagged.reasons.map((reason) => reason.code)).toEqual(['repeated_no_shows']);
    expect(flagged.reasons[0]?.message).toBe(
      '2\u00A0absences sans prévenir à des séances planifiées : prenez contact avec le ou la bénéficiaire.',
    );
  });

  it('is raised on day 21 without a held session, not on day 20', () => {
    expect(atRiskFlags({ sessions: [lastHeld], now: t('2026-05-31T23:59'), startedOn }).atRisk).toBe(false);
    const flagged = atRiskFlags({ sessions: [lastHeld], now: t('2026-06-01T00:00'), startedOn });
    expect(flagged.reasons[0]?.message).toBe(
      'Aucune séance tenue depuis la dernière séance du 11 mai 2026 (21\u00A0jours) : le bilan risque de décrocher.',
    );
  });

  it('counts from the start of the bilan when no session was held, and ignores personal work', () => {
    const personal = seance('2026-05-20T09:00', '2026-05-20T11:00', { mode: 'personal_work', status: 'held' });
    expect(atRiskFlags({ sessions: [personal], now: t('2026-05-24T10:00'), startedOn }).atRisk).toBe(false);
    expect(atRiskFlags({ sessions: [personal], now: t('2026-05-25T10:00'), startedOn }).reasons[0]?.data).toMatchObject(
      {
        days: 21,
        since: '2026-05-04',
      },
    );
  });
});
