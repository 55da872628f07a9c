/** The consultant reads the financing record of one of their bilans. */
import { parisDate } from '../../platform/clock.ts';
import { parsePlainDate } from '../../shared/calendar/plain-date.ts';
import type { FinancingView } from '../contracts/schemas.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { requireRole } from '../../platform/authorize.ts';
import { lockBilanForFinancing } from '../data/financing-repository.ts';
import { readFinancingView } from './read-financing-view.ts';

export async function getFinancing(deps: Deps, actor: Actor, bilanId: string): Promise<FinancingView> {
  requireRole(actor, 'consultant');
  const today = parsePlainDate(parisDate(deps.clock.now()));
  return deps.db
    .transaction()
    .execute(async (trx) => readFinancingView(trx, await lockBilanForFinancing(trx, actor, bilanId), today));
}
