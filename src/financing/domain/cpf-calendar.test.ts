import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, fromDayNumber, parsePlainDate, toDayNumber } from '../../shared/calendar/plain-date.ts';
import { isWorkingDay, workingDaysStrictlyBetween } from '../../shared/calendar/working-days.ts';
import { ruleContext } from '../../shared/rules/context.ts';
import {
  checkCpfStartDate,
  cpfAnswerStatus,
  cpfEarliestStart,
  cpfLastFreeCancellationDay,
  edofDeclarationDeadline,
  edofDeclarationStatus,
  isCpfCancellationFree,
} from './cpf-calendar.ts';

const d = parsePlainDate;
const alsace = ruleContext({ holidays: { alsaceMoselle: true } });

describe('CPF earliest start', () => {
  it('gives 2026-05-22 for a validation on 2026-05-04 (issue 3, worked in cpf-calendar.ts)', () => {
    expect(cpfEarliestStart(d('2026-05-04'))).toBe('2026-05-22');
  });

  // Each case was counted by hand (list of working days in the test name) and cross-checked
  // against an independent Python implementation (dateutil.easter).
  it.each([
    // Easter 2026: Mon 6 April is a holiday; Good Friday is not (outside Alsace-Moselle).
    ['2026-04-01', '2026-04-20', 'Thu 2, Fri 3, Tue 7 … Fri 17 = 11'],
    // 14 July 2026 is a Tuesday.
    ['2026-07-03', '2026-07-22', 'Mon 6 … Mon 13, Wed 15 … Tue 21 = 11'],
    // 15 August 2025 is a Friday.
    ['2025-08-04', '2025-08-21', 'Tue 5 … Thu 14, Mon 18 … Wed 20 = 11'],
    // Christmas and New Year 2026-2027 (both Fridays).
    ['2026-12-18', '2027-01-07', 'Mon 21 … Thu 24, Mon 28 … Thu 31, Mon 4 … Wed 6 = 11'],
    // Ascension (Thu 6 May) and lundi de Pentecôte (17 May) 2027.
    ['2027-04-29', '2027-05-19', 'Fri 30, Mon 3 … Wed 5, Fri 7 … Fri 14, Tue 18 = 11'],
    // Validated on a Saturday: counting starts on Monday.
    ['2026-05-02', '2026-05-21', 'Mon 4 … Thu 7, Mon 11 … Wed 13, Fri 15 … Wed 20 = 11'],
  ])('validated on %s starts on %s at the earliest (%s)', (validatedOn, earliest) => {
    expect(cpfEarliestStart(d(validatedOn))).toBe(earliest);
  });

  it('follows the Alsace-Moselle calendar when asked (Good Friday 2026-04-03)', () => {
    expect(cpfEarliestStart(d('2026-04-01'), alsace)).toBe('2026-04-21');
  });

  it('refuses the day before the earliest start and accepts it, naming the problem', () => {
    const tooEarly = checkCpfStartDate({ validatedOn: d('2026-05-04'), startOn: d('2026-05-21') });
    expect(tooEarly.ok).toBe(false);
    expect(tooEarly.issues[0]).toMatchObject({
      code: 'cpf_start_too_early',
      severity: 'error',
      data: { earliestStart: '2026-05-22' },
    });
    expect(tooEarly.issues[0]?.message).toBe(
      'La date de début (21 mai 2026) est trop proche de la validation de la commande CPF (4 mai 2026) : ' +
        '11\u00A0jours ouvrés pleins doivent s’écouler. Le bilan peut commencer au plus tôt le 22 mai 2026.',
    );
    expect(checkCpfStartDate({ validatedOn: d('2026-05-04'), startOn: d('2026-05-22') })).toEqual({
      ok: true,
      issues: [],
    });
    expect(checkCpfStartDate({ validatedOn: d('2026-05-04'), startOn: d('2026-05-23') }).ok).toBe(true);
  });

  it('is a working day, strictly after validation, after exactly 11 full working days (property)', () => {
    const validations = fc
      .integer({ min: toDayNumber(d('2020-01-01')), max: toDayNumber(d('2035-12-31')) })
      .map(fromDayNumber);
    fc.assert(
      fc.property(validations, (validatedOn) => {
        const earliest = cpfEarliestStart(validatedOn);
        expect(isWorkingDay(earliest)).toBe(true);
        expect(earliest > validatedOn).toBe(true);
        expect(workingDaysStrictlyBetween(validatedOn, earliest)).toBe(11);
        expect(cpfEarliestStart(addDays(validatedOn, 1)) >= earliest).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('CPF answer to a request (2 working days)', () => {
  const receivedOn = d('2026-07-10'); // Friday; deadline: Mon 13 (1), [Tue 14 July], Wed 15 (2)

  it('computes the deadline over a holiday', () => {
    expect(cpfAnswerStatus({ receivedOn }, receivedOn).deadline).toBe('2026-07-15');
  });

  it('is open, then due soon from the first working day, then lapsed after the deadline', () => {
    expect(cpfAnswerStatus({ receivedOn }, d('2026-07-12')).state).toBe('open');
    expect(cpfAnswerStatus({ receivedOn }, d('2026-07-13')).state).toBe('due_soon');
    expect(cpfAnswerStatus({ receivedOn }, d('2026-07-15')).state).toBe('due_soon');
    const lapsed = cpfAnswerStatus({ receivedOn }, d('2026-07-16'));
    expect(lapsed.state).toBe('lapsed');
    expect(lapsed.issue?.message).toBe(
      'La demande CPF reçue le 10 juillet 2026 n’a pas reçu de réponse au plus tard le 15 juillet 2026 : elle est devenue caduque.',
    );
  });

  it('accepts an answer on the deadline day, not the day after', () => {
    expect(cpfAnswerStatus({ receivedOn, answeredOn: d('2026-07-15') }, d('2026-07-20')).state).toBe('answered');
    expect(cpfAnswerStatus({ receivedOn, answeredOn: d('2026-07-16') }, d('2026-07-20')).state).toBe('lapsed');
  });
});

describe('CPF free cancellation (more than 7 working days before the start)', () => {
  it('is free until the day before the 7th working day preceding the start', () => {
    const startOn = d('2026-06-15');
    expect(cpfLastFreeCancellationDay(startOn)).toBe('2026-06-03');
    expect(isCpfCancellationFree({ startOn, cancelledOn: d('2026-06-03') })).toBe(true);
    expect(isCpfCancellationFree({ startOn, cancelledOn: d('2026-06-04') })).toBe(false);
  });

  it('counts over Ascension and 8 May', () => {
    // Start Mon 2026-05-18: Fri 15 (1), Wed 13 (2), Tue 12 (3), Mon 11 (4), Thu 7 (5), Wed 6 (6), Tue 5 (7).
    expect(cpfLastFreeCancellationDay(d('2026-05-18'))).toBe('2026-05-04');
  });
});

describe('EDOF declarations (3 working days)', () => {
  it('computes entry and exit deadlines over holidays', () => {
    expect(edofDeclarationDeadline('entry', d('2026-05-07'))).toBe('2026-05-13'); // over 8 May
    expect(edofDeclarationDeadline('exit', d('2026-12-23'))).toBe('2026-12-29'); // over Christmas
  });

  it('reminds, then flags overdue, then records on-time or late declarations', () => {
    const input = { kind: 'entry' as const, eventOn: d('2026-05-07') };
    const pending = edofDeclarationStatus(input, d('2026-05-13'));
    expect(pending.state).toBe('pending');
    expect(pending.issue?.message).toBe('Déclarez l’entrée en formation sur EDOF au plus tard le 13 mai 2026.');
    expect(edofDeclarationStatus(input, d('2026-05-14')).state).toBe('overdue');
    expect(edofDeclarationStatus({ ...input, declaredOn: d('2026-05-13') }, d('2026-06-01')).state).toBe(
      'declared_on_time',
    );
    expect(edofDeclarationStatus({ ...input, declaredOn: d('2026-05-14') }, d('2026-06-01')).state).toBe(
      'declared_late',
    );
    expect(edofDeclarationStatus({ kind: 'exit', eventOn: d('2026-12-23') }, d('2026-12-30')).issue?.message).toBe(
      'La déclaration de la sortie et du service fait sur EDOF devait être faite au plus tard le 29 décembre 2026.',
    );
  });
});
