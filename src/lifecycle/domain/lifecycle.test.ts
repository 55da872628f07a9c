/** The destruction's pure rules (decision 046): schedule, steps of the sweep, retention, certificate lines. */
import { describe, expect, it } from 'vitest';
import { parsePlainDate } from '../../shared/calendar/plain-date.ts';
import { DEFAULT_PARAMETER_ENTRIES } from '../../shared/parameters/default-table.ts';
import { createParameterTable } from '../../shared/parameters/table.ts';
import { ruleContext } from '../../shared/rules/context.ts';
import { certificateLines } from './registry.ts';
import { itemsToDestroy, retentionConsentText, retentionState } from './retention.ts';
import { backupsGoneOn, destructionSchedule, firstSchedule, nextDestructionSteps } from './schedule.ts';

const d = parsePlainDate;

describe('the destruction schedule', () => {
  it('is due 30 days after the end, warned 7 days before, backups gone 30 days after', () => {
    expect(destructionSchedule(d('2026-11-20'))).toEqual({
      endedOn: '2026-11-20',
      dueOn: '2026-12-20',
      warnOn: '2026-12-13',
    });
    // Destroyed on 20 December: the backup of that day is the last to hold it, removed by the backup
    // of 20 + 30 + 1 days (decision 047).
    expect(backupsGoneOn(d('2026-12-20'))).toBe('2027-01-20');
  });

  it('follows the parameters in force at the end', () => {
    const table = createParameterTable(
      DEFAULT_PARAMETER_ENTRIES.map((e) => (e.key === 'destruction.graceDays' ? { ...e, value: 3 } : e)),
    );
    expect(destructionSchedule(d('2026-11-20'), ruleContext({ parameters: table }))).toEqual({
      endedOn: '2026-11-20',
      dueOn: '2026-11-23',
      warnOn: '2026-11-20',
    });
  });

  it('never destroys without a warning when first seen late', () => {
    expect(firstSchedule(d('2026-01-10'), d('2026-11-23'))).toEqual({
      endedOn: '2026-01-10',
      dueOn: '2026-11-30',
      warnOn: '2026-11-23',
    });
    expect(firstSchedule(d('2026-11-20'), d('2026-11-23'))).toEqual(destructionSchedule(d('2026-11-20')));
  });

  it('warns at the end, then before, then destroys, each once', () => {
    const schedule = destructionSchedule(d('2026-11-20'));
    const none = { endWarned: false, beforeWarned: false, destroyed: false };
    expect(nextDestructionSteps(schedule, none, d('2026-11-20'))).toEqual(['warn_end']);
    const ended = { ...none, endWarned: true };
    expect(nextDestructionSteps(schedule, ended, d('2026-12-12'))).toEqual([]);
    expect(nextDestructionSteps(schedule, ended, d('2026-12-13'))).toEqual(['warn_before']);
    const both = { ...ended, beforeWarned: true };
    expect(nextDestructionSteps(schedule, both, d('2026-12-19'))).toEqual([]);
    expect(nextDestructionSteps(schedule, both, d('2026-12-20'))).toEqual(['destroy']);
    expect(nextDestructionSteps(schedule, { ...both, destroyed: true }, d('2026-12-21'))).toEqual([]);
  });
});

describe('retention agreements', () => {
  const agreement = (id: string, items: string[], expires_on: string, withdrawn = false) => ({
    id,
    items,
    expires_on,
    withdrawn_at: withdrawn ? new Date('2026-12-01T00:00:00Z') : null,
  });

  it('keeps the items of running agreements until their date included, and releases the others', () => {
    const agreements = [
      agreement('a', ['synthese', 'plan_action'], '2027-06-30'),
      agreement('b', ['synthese', 'portfolio'], '2027-01-31'),
      agreement('c', ['pistes'], '2028-01-01', true),
    ];
    const onJan31 = retentionState(agreements, d('2027-01-31'));
    expect([...onJan31.kept].sort()).toEqual(['plan_action', 'portfolio', 'synthese']);
    expect(onJan31).toMatchObject({ keptUntil: '2027-06-30', ending: ['c'] });
    expect([...onJan31.released]).toEqual(['pistes']);
    const onFeb1 = retentionState(agreements, d('2027-02-01'));
    expect(onFeb1.ending).toEqual(['b', 'c']);
    expect([...onFeb1.released].sort()).toEqual(['pistes', 'portfolio']);
    expect([...itemsToDestroy(onFeb1.kept)].sort()).toEqual(['pistes', 'portfolio', 'resultats']);
  });

  it('words the agreement in French with the items and the date', () => {
    const text = retentionConsentText({
      purpose: 'transmission_cep',
      items: ['plan_action', 'synthese'],
      expiresOn: '2029-11-20',
      organisationName: 'Cap Avenir',
    });
    expect(text).toContain('Cap Avenir');
    expect(text).toContain('le document de synthèse ; le plan d’action, jusqu’au 20/11/2029');
    expect(text).toContain('opérateur du conseil en évolution professionnelle');
  });
});

describe('the certificate lines', () => {
  it('lists only what went, in French, in the catalogue’s order', () => {
    expect(certificateLines({ shares: 2, questionnaires: 1, portfolio: 0 })).toEqual([
      { category: 'questionnaires', label: 'Questionnaires, fiches et leurs réponses', count: 1 },
      { category: 'shares', label: 'Partages et leurs consultations', count: 2 },
    ]);
  });
});
