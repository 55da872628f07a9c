/** The consultant attests (or withdraws) an item of the checklist that only they can observe. */
import type { Attest } from '../contracts/checklists.ts';
import { AppError } from '../../shared/errors.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { auditContext } from '../../platform/deps.ts';
import { requireRole } from '../../platform/authorize.ts';
import { isAttestable } from '../domain/checklist-state.ts';
import { assertOpen, lockBilan } from '../data/bilan-access.ts';
import { upsertAttestation } from '../data/phase-record-repository.ts';

export async function attestItem(deps: Deps, actor: Actor, bilanId: string, input: Attest): Promise<void> {
  requireRole(actor, 'consultant');
  if (!isAttestable(input.item)) {
    throw new AppError('validation_failed', {
      fields: { item: 'Cet élément est constaté par Sillage lui-même, il ne se coche pas.' },
    });
  }
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const bilan = await lockBilan(trx, actor, bilanId, 'consultant');
    assertOpen(bilan);
    const entry = JSON.stringify({
      [input.item]: { at: now.toISOString(), by: actor.userId, ...(input.note ? { note: input.note } : {}) },
    });
    await upsertAttestation(
      trx,
      { bilanId, organisationId: bilan.organisation_id, by: actor.userId, at: now },
      input.item,
      input.met,
      entry,
    );
    await deps.audit.record(
      trx,
      auditContext(actor),
      {
        action: 'bilan.record_updated',
        subjectType: 'bilan',
        subjectId: bilanId,
        details: { part: input.item, met: input.met },
      },
      now,
    );
  });
}
