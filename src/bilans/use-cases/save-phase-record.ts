/** The consultant records the préliminaire: need analysis, format and modalities agreed. */
import type { PhaseRecord } from '../contracts/checklists.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { auditContext } from '../../platform/deps.ts';
import { requireRole } from '../../platform/authorize.ts';
import { assertOpen, lockBilan } from '../data/bilan-access.ts';
import { upsertPhaseRecord } from '../data/phase-record-repository.ts';

export async function savePhaseRecord(deps: Deps, actor: Actor, bilanId: string, input: PhaseRecord): Promise<void> {
  requireRole(actor, 'consultant');
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const bilan = await lockBilan(trx, actor, bilanId, 'consultant');
    assertOpen(bilan);
    await upsertPhaseRecord(trx, { bilanId, organisationId: bilan.organisation_id, by: actor.userId, at: now }, input);
    await deps.audit.record(
      trx,
      auditContext(actor),
      { action: 'bilan.record_updated', subjectType: 'bilan', subjectId: bilanId, details: { part: 'preliminaire' } },
      now,
    );
  });
}
