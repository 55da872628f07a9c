/** CPF: no séance is planned or moved before the earliest start after the order's validation (legal.md CPF). */
import { parsePlainDate } from '../../shared/calendar/plain-date.ts';
import { checkCpfStartDate } from '../domain/cpf-calendar.ts';
import type { Trx } from '../../platform/db/kysely.ts';
import { findCpfValidatedOn } from '../data/financing-repository.ts';
import { ruleErrors } from '../../shared/rules/rule-errors.ts';

export async function assertCpfStartAllowed(trx: Trx, bilanId: string, date: string): Promise<void> {
  const validatedOn = await findCpfValidatedOn(trx, bilanId);
  if (!validatedOn) return;
  const start = checkCpfStartDate({ validatedOn: parsePlainDate(validatedOn), startOn: parsePlainDate(date) });
  if (!start.ok) throw ruleErrors(start.issues, { cpf_start_too_early: 'date' });
}
