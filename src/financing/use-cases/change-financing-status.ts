/** The consultant moves the financing status along the type's catalogue (refusals name both statuses). */
import { parisDate } from '../../platform/clock.ts';
import { parsePlainDate } from '../../shared/calendar/plain-date.ts';
import { checkFinancingStatusChange, financingType } from '../domain/catalog.ts';
import type { FinancingView } from '../contracts/schemas.ts';
import { AppError } from '../../shared/errors.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { auditContext } from '../../platform/deps.ts';
import { requireRole } from '../../platform/authorize.ts';
import { loadFinancing, lockBilanForFinancing } from '../data/financing-repository.ts';
import { readFinancingView } from './read-financing-view.ts';
import { setFinancingStatus } from './set-financing-status.ts';

export async function changeFinancingStatus(
  deps: Deps,
  actor: Actor,
  bilanId: string,
  to: string,
): Promise<FinancingView> {
  requireRole(actor, 'consultant');
  const now = deps.clock.now();
  const today = parsePlainDate(parisDate(now));
  return deps.db.transaction().execute(async (trx) => {
    const bilan = await lockBilanForFinancing(trx, actor, bilanId);
    const row = await loadFinancing(trx, bilan);
    const type = financingType(bilan.financing);
    const check = checkFinancingStatusChange(type, row.status, to);
    if (!check.ok) throw new AppError('financing_refused', { message: check.issues[0]?.message ?? '' });
    if (type === 'cpf' && to === 'order_validated' && !row.cpf_validated_on) {
      throw new AppError('financing_refused', {
        message: 'Indiquez d’abord la date de validation de la commande CPF.',
      });
    }
    await setFinancingStatus(deps, trx, auditContext(actor), bilanId, row.status, to, 'user', now);
    return readFinancingView(trx, bilan, today);
  });
}
