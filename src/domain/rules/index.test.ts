import { describe, expect, it } from 'vitest';
import * as rules from './index.ts';

describe('public API', () => {
  it('exposes the main entry points from one module', () => {
    expect(rules.cpfEarliestStart(rules.parsePlainDate('2026-05-04'))).toBe('2026-05-22');
    for (const name of [
      'parameterAt',
      'frenchPublicHolidays',
      'addWorkingDays',
      'checkCpfStartDate',
      'checkCpfPrice',
      'cpfParticipation',
      'conventionStatusAt',
      'checkPaymentSchedule',
      'checkSessionPlan',
      'hoursCounters',
      'atRiskFlags',
      'phaseChecklist',
      'followUpDueOn',
    ]) {
      expect(typeof (rules as Record<string, unknown>)[name], name).toBe('function');
    }
  });
});
