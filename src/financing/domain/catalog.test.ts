import { describe, expect, it } from 'vitest';
import {
  FINANCING_TYPES,
  FINANCING_TYPE_CODES,
  checkFinancingStatusChange,
  isFinalFinancingStatus,
} from './catalog.ts';

describe('financing catalogue', () => {
  it('is consistent: known initial status, known targets, every status reachable, final statuses exist', () => {
    for (const type of FINANCING_TYPE_CODES) {
      const definition = FINANCING_TYPES[type];
      const statuses: readonly { code: string; next: readonly string[] }[] = definition.statuses;
      const codes = statuses.map((status) => status.code);
      expect(new Set(codes).size, type).toBe(codes.length);
      expect(codes, type).toContain(definition.initialStatus);
      for (const status of statuses)
        for (const next of status.next) expect(codes, `${type} ${status.code}`).toContain(next);
      const reached = new Set<string>([definition.initialStatus]);
      for (let changed = true; changed;) {
        changed = false;
        for (const status of statuses) {
          if (!reached.has(status.code)) continue;
          for (const next of status.next) {
            if (!reached.has(next)) {
              reached.add(next);
              changed = true;
            }
          }
        }
      }
      expect([...reached].sort(), type).toEqual([...codes].sort());
      expect(
        codes.some((code) => isFinalFinancingStatus(type, code)),
        type,
      ).toBe(true);
      expect(
        definition.documents.some((document) => document.code === 'devis'),
        type,
      ).toBe(true);
    }
  });

  it('lists the six financing types of the brief', () => {
    expect(FINANCING_TYPE_CODES).toEqual([
      'cpf',
      'employer_plan',
      'opco_transitions_pro',
      'france_travail',
      'self_funded',
      'public_agent',
    ]);
  });

  it('allows listed moves only, naming the refused one in French', () => {
    expect(checkFinancingStatusChange('employer_plan', 'sent_to_employee', 'refused').ok).toBe(true);
    const skip = checkFinancingStatusChange('employer_plan', 'draft', 'signed');
    expect(skip.issues[0]?.message).toBe(
      'Le dossier de financement ne peut pas passer de « Convention en préparation » à « Convention signée par les trois parties ».',
    );
    expect(checkFinancingStatusChange('cpf', 'paid', 'cancelled').ok).toBe(false);
    expect(checkFinancingStatusChange('cpf', 'nope', 'paid').issues[0]?.code).toBe('unknown_financing_status');
  });
});
