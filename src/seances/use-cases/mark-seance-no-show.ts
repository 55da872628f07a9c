/** The consultant records that the beneficiary did not come to a planned séance (optional reason). */
import { AppError } from '../../shared/errors.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { auditContext } from '../../platform/deps.ts';
import { requireRole } from '../../platform/authorize.ts';
import { lockSeance, updateSeance } from '../data/seance-repository.ts';
import { recomputeBilanCounters } from '../data/bilan-counters.ts';

const notChangeable = (message: string) => new AppError('seance_not_changeable', { message });

export async function markSeanceNoShow(
  deps: Deps,
  actor: Actor,
  seanceId: string,
  reason: string | undefined,
): Promise<void> {
  requireRole(actor, 'consultant');
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const { bilan, seance } = await lockSeance(trx, actor, seanceId, 'consultant');
    if (seance.status !== 'planned' || seance.mode === 'personal_work')
      throw notChangeable('Seule une séance planifiée avec le ou la consultant·e peut être notée comme une absence.');
    if (seance.starts_at.getTime() > now.getTime())
      throw notChangeable('Une absence ne peut être notée qu’à partir de l’heure de la séance.');
    await updateSeance(trx, seance.id, { status: 'no_show', status_reason: reason ?? null, updated_at: now });
    await recomputeBilanCounters(trx, bilan.id);
    await deps.audit.record(
      trx,
      auditContext(actor),
      {
        action: 'seance.no_show',
        subjectType: 'seance',
        subjectId: seance.id,
        bilanId: bilan.id,
        details: reason ? { reason } : {},
      },
      now,
    );
  });
}
