/**
 * The consultant records the debrief of an enquête métier, held with the beneficiary: what it
 * confirmed, what it contradicted, and whether it strengthens, leaves or weakens the piste's
 * feasibility (which the computed level then counts). Recording it again replaces it. The
 * beneficiary reads it but does not write it; a stale revision of the enquête answers 409 with its
 * current version. Audited (without content). Only while the bilan is open. Answers the piste,
 * whose feasibility changed.
 */
import { assertOpen, lockBilan } from '../../bilans/data/bilan-access.ts';
import { notFound, requireRole } from '../../platform/authorize.ts';
import { auditContext, type Actor, type Deps } from '../../platform/deps.ts';
import { AppError } from '../../shared/errors.ts';
import type { Debrief, PisteView } from '../contracts/schemas.ts';
import { debriefEnquete as recordDebrief, findEnquete } from '../data/enquete-repository.ts';
import { readEnquete, readPiste } from '../data/exploration-views.ts';

export async function debriefEnquete(
  deps: Deps,
  actor: Actor,
  bilanId: string,
  enqueteId: string,
  input: Debrief,
): Promise<{ piste: PisteView }> {
  requireRole(actor, 'consultant');
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const bilan = await lockBilan(trx, actor, bilanId, 'consultant');
    assertOpen(bilan);
    const row = await findEnquete(trx, bilan.id, enqueteId);
    if (!row) notFound();
    if (row.revision !== input.revision)
      throw new AppError('exploration_stale', {
        details: { current: await readEnquete(trx, bilan.organisation_id, bilan.id, row.piste_id, row.id) },
      });
    await recordDebrief(trx, row.id, {
      by: actor.userId,
      now,
      confirmed: input.confirmed,
      contradicted: input.contradicted,
      effect: input.effect,
    });
    await deps.audit.record(
      trx,
      auditContext(actor),
      {
        action: 'exploration.enquete_debriefed',
        subjectType: 'exploration_enquete',
        subjectId: row.id,
        bilanId: bilan.id,
        details: { effect: input.effect },
      },
      now,
    );
    return { piste: await readPiste(trx, bilan.organisation_id, bilan.id, row.piste_id) };
  });
}
