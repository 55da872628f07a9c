import { describe, expect, it } from 'vitest';
import { parsePlainDate as d } from '../../shared/calendar/plain-date.ts';
import { validateSubmission } from '../../questionnaires/domain/validate-submission.ts';
import { EVALUATIONS, evaluationScore } from './evaluations.ts';
import {
  canRecordFollowUp,
  evaluationLinkExpiresOn,
  followUpDueDate,
  followUpReminderOn,
  followUpState,
} from './follow-up.ts';
import { computeIndicators } from './indicators.ts';

describe('evaluations', () => {
  it('scores the mean of the scale answers on 0–100 % (worked example)', () => {
    const chaud = EVALUATIONS.chaud;
    // (4,4,3,2,1) on 1..4 → (1 + 1 + 2/3 + 1/3 + 0) / 5 = 0.6 → 6,000 basis points.
    const checked = validateSubmission(chaud, {
      questionnaireId: chaud.id,
      version: chaud.version,
      answers: { attentes: 4, accompagnement: 4, outils: 3, rythme: 2, projet: 1, recommandation: 'oui' },
    });
    expect(checked.ok).toBe(true);
    if (checked.ok) expect(evaluationScore(chaud, checked.answers)).toBe(6000);
    expect(evaluationScore(chaud, {})).toBeNull();
  });

  it('refuses an answer outside the scale and requires every statement', () => {
    const froid = EVALUATIONS.froid;
    const outside = validateSubmission(froid, {
      questionnaireId: froid.id,
      version: 1,
      answers: { situation: 'realise', 'plan-action': 5, utilite: 4, confiance: 4 },
    });
    expect(outside.ok).toBe(false);
    const missing = validateSubmission(froid, {
      questionnaireId: froid.id,
      version: 1,
      answers: { situation: 'realise' },
    });
    expect(missing.ok).toBe(false);
  });
});

describe('follow-up', () => {
  it('goes offered → accepted → planned → held, or declined, or missed', () => {
    expect(followUpState({ response: null, dueOn: null, outcome: null })).toBe('offered');
    expect(followUpState({ response: 'declined', dueOn: null, outcome: null })).toBe('declined');
    expect(followUpState({ response: 'accepted', dueOn: null, outcome: null })).toBe('accepted');
    expect(followUpState({ response: 'accepted', dueOn: d('2027-01-10'), outcome: null })).toBe('planned');
    expect(followUpState({ response: 'accepted', dueOn: d('2027-01-10'), outcome: 'project_done' })).toBe('held');
    expect(followUpState({ response: 'accepted', dueOn: d('2027-01-10'), outcome: 'missed' })).toBe('missed');
  });

  it('is due at the end plus the organisation delay, or the default six months (end of month clamped)', () => {
    expect(followUpDueDate(d('2026-08-31'), null)).toBe('2027-02-28');
    expect(followUpDueDate(d('2026-08-31'), 9)).toBe('2027-05-31');
  });

  it('is announced 14 days before and can be recorded from that day on, not the day before', () => {
    const due = d('2027-03-15');
    expect(followUpReminderOn(due)).toBe('2027-03-01');
    const facts = { response: 'accepted' as const, dueOn: due, outcome: null };
    expect(canRecordFollowUp(facts, d('2027-02-28'))).toBe(false);
    expect(canRecordFollowUp(facts, d('2027-03-01'))).toBe(true);
    expect(canRecordFollowUp({ ...facts, response: 'declined' }, d('2027-03-20'))).toBe(false);
  });

  it('gives evaluation links 60 days', () => {
    expect(evaluationLinkExpiresOn(d('2026-11-23'))).toBe('2027-01-22');
  });
});

describe('indicators', () => {
  it('aggregates endings, evaluations and follow-ups without dividing by zero', () => {
    const empty = computeIndicators({ endings: [], followUps: [], evaluations: [] });
    expect(empty.completionShareBasisPoints).toBeNull();
    expect(empty.evaluations.chaud.meanScoreBasisPoints).toBeNull();

    const result = computeIndicators({
      endings: [
        { kind: 'cloture', completionBasisPoints: 10_000 },
        { kind: 'cloture', completionBasisPoints: 10_000 },
        { kind: 'abandonne', completionBasisPoints: 2_500 },
      ],
      followUps: [
        { state: 'held', outcome: 'project_done' },
        { state: 'declined', outcome: null },
        { state: 'planned', outcome: null },
      ],
      evaluations: [
        { kind: 'chaud', answered: true, scoreBasisPoints: 6000 },
        { kind: 'chaud', answered: true, scoreBasisPoints: 9000 },
        { kind: 'chaud', answered: false, scoreBasisPoints: null },
        { kind: 'froid', answered: false, scoreBasisPoints: null },
      ],
    });
    expect(result).toMatchObject({
      ended: 3,
      completed: 2,
      abandoned: 1,
      completionShareBasisPoints: 6667,
      meanCompletionBasisPoints: 7500,
    });
    expect(result.evaluations.chaud).toEqual({
      sent: 3,
      answered: 2,
      responseRateBasisPoints: 6667,
      meanScoreBasisPoints: 7500,
    });
    expect(result.evaluations.froid).toEqual({
      sent: 1,
      answered: 0,
      responseRateBasisPoints: 0,
      meanScoreBasisPoints: null,
    });
    expect(result.followUps).toEqual({ offered: 3, accepted: 2, held: 1, outcomes: { project_done: 1 } });
  });
});
