/**
 * Cancels a planned séance (locked by the caller) with its reason: counters, audit, and the
 * calendar cancellation e-mailed to the beneficiary. Used by the consultant's cancellation and
 * when a bilan ends.
 */
import { seanceCancelledEmail } from '../domain/emails.ts';
import type { SeanceMode } from '../domain/seance.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { auditContext } from '../../platform/deps.ts';
import type { ReachedBilan } from '../../bilans/data/bilan-access.ts';
import type { Trx } from '../../platform/db/kysely.ts';
import { updateSeance } from '../data/seance-repository.ts';
import { emailSeance } from './email-seance.ts';
import { recomputeBilanCounters } from '../data/bilan-counters.ts';

export async function cancelPlannedSeance(
  trx: Trx,
  deps: Deps,
  actor: Actor,
  bilan: ReachedBilan,
  seance: { id: string; mode: SeanceMode; calendar_sequence: number },
  reason: string,
  now: Date,
): Promise<void> {
  const updated = await updateSeance(trx, seance.id, {
    status: 'cancelled',
    status_reason: reason,
    calendar_sequence: seance.calendar_sequence + 1,
    updated_at: now,
  });
  await recomputeBilanCounters(trx, bilan.id);
  await deps.audit.record(
    trx,
    auditContext(actor),
    { action: 'seance.cancelled', subjectType: 'seance', subjectId: seance.id, bilanId: bilan.id, details: { reason } },
    now,
  );
  if (seance.mode !== 'personal_work') {
    await emailSeance(
      trx,
      deps,
      { seance: updated, bilan, method: 'CANCEL', kind: 'seance_cancelled' },
      (facts) => seanceCancelledEmail({ ...facts, reason }),
      now,
    );
  }
}
