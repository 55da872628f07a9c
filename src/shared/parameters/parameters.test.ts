import { describe, expect, it } from 'vitest';
import { addDays, parsePlainDate } from '../calendar/plain-date.ts';
import { DEFAULT_PARAMETER_ENTRIES, DEFAULT_PARAMETER_TABLE } from './default-table.ts';
import { PARAMETER_DEFINITIONS, PARAMETER_KEYS, type ParameterKey } from './definitions.ts';
import {
  ParameterNotInForceError,
  parameterAt,
  parameterAtIfIntroduced,
  parameterEntryAt,
  parameterIntroducedOn,
} from './lookup.ts';
import { InvalidParameterTableError, createParameterTable, parseParameterTable, replaceParameter } from './table.ts';

const d = parsePlainDate;

describe('default parameter table', () => {
  it('has a value for every key, with a source and a certainty tag', () => {
    for (const key of PARAMETER_KEYS) {
      const entries = DEFAULT_PARAMETER_TABLE.filter((entry) => entry.key === key);
      expect(entries.length, key).toBeGreaterThan(0);
      for (const entry of entries) {
        expect(entry.source.length, key).toBeGreaterThan(5);
        expect(['V', 'S', 'U']).toContain(entry.certainty);
        expect(entry.unit).toBe(PARAMETER_DEFINITIONS[key].unit);
      }
    }
  });

  it('holds the values of domain.md §6 in force on 1 March 2026', () => {
    const on = d('2026-03-01');
    const values: Record<ParameterKey, number> = {
      'bilan.maxAccompanimentMinutes': 1440,
      'cpf.minAccompanimentMinutes': 780,
      'cpf.capCents': 160000,
      'cpf.participationCents': 10320,
      'cpf.carenceYears': 5,
      'cpf.providerAnswerWorkingDays': 2,
      'cpf.minStartDelayWorkingDays': 11,
      'cpf.freeCancellationWorkingDays': 7,
      'cpf.edofEntryDeclarationWorkingDays': 3,
      'cpf.edofExitDeclarationWorkingDays': 3,
      'employer.conventionSignatureDays': 10,
      'selfFunded.withdrawalDays': 10,
      'selfFunded.firstPaymentMaxBasisPoints': 3000,
      'retention.writtenAgreementMaxYears': 3,
      'followUp.defaultDelayMonths': 6,
      'sessions.atRiskNoShowCount': 2,
      'sessions.atRiskInactivityDays': 21,
      'sessions.longSessionMinutes': 240,
      'followUp.reminderDaysBefore': 14,
      'evaluation.linkValidityDays': 60,
      // Intake (issue 3)
      'qualiopi.expiryWarningCalendarDays': 90,
      // Privacy (issue 15)
      'leads.retentionYears': 3,
      // Lifecycle (issue 15)
      'destruction.graceDays': 30,
      'destruction.warningDaysBefore': 7,
      'backups.retentionDays': 30,
    };
    for (const key of PARAMETER_KEYS) expect(parameterAt(key, on), key).toBe(values[key]);
  });

  it('changes value exactly on each effective date, for every entry (both sides)', () => {
    for (const entry of DEFAULT_PARAMETER_TABLE) {
      const label = `${entry.key} ${entry.effectiveFrom}`;
      expect(parameterAt(entry.key, entry.effectiveFrom), label).toBe(entry.value);
      const before = addDays(entry.effectiveFrom, -1);
      const previous = DEFAULT_PARAMETER_TABLE.find((e) => e.key === entry.key && e.effectiveTo === before);
      if (previous) expect(parameterAt(entry.key, before), label).toBe(previous.value);
      else expect(() => parameterAt(entry.key, before), label).toThrow(ParameterNotInForceError);
      if (entry.effectiveTo !== undefined) {
        expect(parameterAt(entry.key, entry.effectiveTo), label).toBe(entry.value);
        expect(parameterAt(entry.key, addDays(entry.effectiveTo, 1)), label).not.toBe(entry.value);
      }
    }
  });

  it('switches the CPF participation on each effective date', () => {
    expect(parameterAtIfIntroduced('cpf.participationCents', d('2024-05-01'))).toBeUndefined();
    expect(parameterAt('cpf.participationCents', d('2024-05-02'))).toBe(10000);
    expect(parameterAt('cpf.participationCents', d('2024-12-31'))).toBe(10000);
    expect(parameterAt('cpf.participationCents', d('2025-01-01'))).toBe(10223);
    expect(parameterAt('cpf.participationCents', d('2025-12-31'))).toBe(10223);
    expect(parameterAt('cpf.participationCents', d('2026-01-01'))).toBe(10320);
  });

  it('applies the 2026 CPF rules from 26 February 2026 only', () => {
    for (const key of ['cpf.capCents', 'cpf.minAccompanimentMinutes', 'cpf.carenceYears'] as const) {
      expect(parameterAtIfIntroduced(key, d('2026-02-25')), key).toBeUndefined();
      expect(() => parameterAt(key, d('2026-02-25'))).toThrow(ParameterNotInForceError);
      expect(parameterAtIfIntroduced(key, d('2026-02-26')), key).toBeGreaterThan(0);
    }
    expect(parameterIntroducedOn('cpf.capCents')).toBe('2026-02-26');
  });

  it('extends retention with written agreement from 1 to 3 years on 31 December 2023', () => {
    expect(parameterAt('retention.writtenAgreementMaxYears', d('2023-12-30'))).toBe(1);
    expect(parameterAt('retention.writtenAgreementMaxYears', d('2023-12-31'))).toBe(3);
  });

  it('fails loudly, in French, before the first modelled date', () => {
    expect(() => parameterAt('bilan.maxAccompanimentMinutes', d('2018-12-31'))).toThrow(
      'Aucune valeur du paramètre « Durée maximale d’accompagnement par bilan » n’est en vigueur au 31 décembre 2018.',
    );
    expect(parameterAt('bilan.maxAccompanimentMinutes', d('2019-01-01'))).toBe(1440);
    expect(() => parameterAt('cpf.minStartDelayWorkingDays', d('2019-11-20'))).toThrow(ParameterNotInForceError);
    expect(parameterAt('cpf.minStartDelayWorkingDays', d('2019-11-21'))).toBe(11);
  });

  it('returns the entry with its source for display', () => {
    const entry = parameterEntryAt('employer.conventionSignatureDays', d('2026-05-04'));
    expect(entry).toMatchObject({
      value: 10,
      unit: 'calendar_days',
      certainty: 'V',
      source: 'Code du travail R6313-8',
    });
  });
});

describe('custom tables', () => {
  it('can be injected with an overridden value', () => {
    const table = replaceParameter(DEFAULT_PARAMETER_TABLE, 'cpf.participationCents', [
      { value: 10320, effectiveFrom: d('2026-01-01'), effectiveTo: d('2026-06-30'), source: 'test', certainty: 'U' },
      { value: 15000, effectiveFrom: d('2026-07-01'), source: 'projet de décret', certainty: 'U' },
    ]);
    expect(parameterAt('cpf.participationCents', d('2026-06-30'), table)).toBe(10320);
    expect(parameterAt('cpf.participationCents', d('2026-07-01'), table)).toBe(15000);
    expect(parameterAt('cpf.participationCents', d('2026-07-01'))).toBe(10320);
  });

  it('throws inside a gap, even for rules that were introduced', () => {
    const table = replaceParameter(DEFAULT_PARAMETER_TABLE, 'cpf.capCents', [
      { value: 160000, effectiveFrom: d('2026-02-26'), effectiveTo: d('2026-12-31'), source: 'test', certainty: 'S' },
    ]);
    expect(() => parameterAtIfIntroduced('cpf.capCents', d('2027-01-01'), table)).toThrow(ParameterNotInForceError);
  });

  it('refuses overlapping periods, wrong units, negative or fractional values, and missing keys', () => {
    const base = DEFAULT_PARAMETER_ENTRIES.filter((entry) => entry.key !== 'cpf.capCents');
    const cap = { key: 'cpf.capCents', unit: 'cents', source: 'x', certainty: 'S' } as const;
    const check = (entries: typeof DEFAULT_PARAMETER_ENTRIES) => () => createParameterTable([...base, ...entries]);
    expect(check([])).toThrow('cpf.capCents : aucune valeur');
    expect(
      check([
        { ...cap, value: 1, effectiveFrom: d('2026-01-01') },
        { ...cap, value: 2, effectiveFrom: d('2026-06-01') },
      ]),
    ).toThrow('se chevauchent');
    expect(
      check([
        { ...cap, value: 1, effectiveFrom: d('2026-01-01'), effectiveTo: d('2026-06-01') },
        { ...cap, value: 2, effectiveFrom: d('2026-06-01') },
      ]),
    ).toThrow('se chevauchent');
    expect(check([{ ...cap, value: -1, effectiveFrom: d('2026-01-01') }])).toThrow(InvalidParameterTableError);
    expect(check([{ ...cap, value: 1.5, effectiveFrom: d('2026-01-01') }])).toThrow('entier');
    expect(check([{ ...cap, unit: 'minutes', value: 1, effectiveFrom: d('2026-01-01') }])).toThrow('unité');
    expect(check([{ ...cap, value: 1, effectiveFrom: d('2026-06-01'), effectiveTo: d('2026-01-01') }])).toThrow(
      'précède',
    );
  });

  it('parses untrusted input with zod and the table invariants', () => {
    const json = JSON.parse(JSON.stringify(DEFAULT_PARAMETER_ENTRIES)) as unknown;
    expect(parseParameterTable(json)).toHaveLength(DEFAULT_PARAMETER_ENTRIES.length);
    expect(() => parseParameterTable([{ key: 'nope', value: 1 }])).toThrow();
    const badDate = (json as Record<string, unknown>[]).map((entry, i) =>
      i === 0 ? { ...entry, effectiveFrom: '2019-02-30' } : entry,
    );
    expect(() => parseParameterTable(badDate)).toThrow('Date invalide');
  });

  it('is immutable', () => {
    expect(Object.isFrozen(DEFAULT_PARAMETER_TABLE)).toBe(true);
    expect(Object.isFrozen(DEFAULT_PARAMETER_TABLE[0])).toBe(true);
  });
});
