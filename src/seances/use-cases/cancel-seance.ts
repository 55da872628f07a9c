/** The consultant cancels a planned séance with a reason; the beneficiary gets the calendar cancellation. */
import { AppError } from '../../shared/errors.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { requireRole } from '../../platform/authorize.ts';
import { lockSeance } from '../data/seance-repository.ts';
import { cancelPlannedSeance } from './cancel-planned-seance.ts';

export async function cancelSeance(deps: Deps, actor: Actor, seanceId: string, reason: string): Promise<void> {
  requireRole(actor, 'consultant');
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const { bilan, seance } = await lockSeance(trx, actor, seanceId, 'consultant');
    if (seance.status !== 'planned')
      throw new AppError('seance_not_changeable', { message: 'Seule une séance encore planifiée peut être annulée.' });
    await cancelPlannedSeance(trx, deps, actor, bilan, seance, reason, now);
  });
  deps.emailsQueued();
}
