import { describe, expect, it } from 'vitest';
import { parsePlainDate } from '../shared/calendar/plain-date.ts';
import { frenchPublicHolidays } from '../shared/calendar/holidays.ts';
import { addWorkingDays } from '../shared/calendar/working-days.ts';
import { parameterAt } from '../shared/parameters/lookup.ts';
import { checkCpfStartDate, cpfEarliestStart } from '../financing/domain/cpf-calendar.ts';
import { checkCpfPrice, cpfParticipation } from '../financing/domain/cpf-funding.ts';
import { conventionStatusAt } from '../financing/domain/employer-plan.ts';
import { checkPaymentSchedule } from '../financing/domain/self-funded.ts';
import { checkSessionPlan } from '../seances/domain/plan.ts';
import { atRiskFlags, hoursCounters } from '../seances/domain/counters.ts';
import { phaseChecklist } from '../bilans/domain/phase-checklists.ts';
import { followUpDueOn } from '../after/domain/after-bilan.ts';

// The rules of the journey live with their capability (shared calendar and parameters in src/shared).
describe('rules of the journey', () => {
  it('are found in their capability', () => {
    expect(cpfEarliestStart(parsePlainDate('2026-05-04'))).toBe('2026-05-22');
    const entryPoints = {
      parameterAt,
      frenchPublicHolidays,
      addWorkingDays,
      checkCpfStartDate,
      checkCpfPrice,
      cpfParticipation,
      conventionStatusAt,
      checkPaymentSchedule,
      checkSessionPlan,
      hoursCounters,
      atRiskFlags,
      phaseChecklist,
      followUpDueOn,
    };
    for (const [name, entryPoint] of Object.entries(entryPoints)) expect(typeof entryPoint, name).toBe('function');
  });
});
