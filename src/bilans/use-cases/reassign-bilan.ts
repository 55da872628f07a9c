/**
 * An admin hands a bilan to another active consultant of the same organisation (decision 034):
 * the bilan and its séances still planned change hands, and the change is audited with both
 * consultants, in one transaction under the bilan's row lock. The new consultant reaches the
 * dossier at once; the former one gets a 404 like any other consultant.
 */
import { AppError } from '../../shared/errors.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { auditContext } from '../../platform/deps.ts';
import { notFound, requireRole } from '../../platform/authorize.ts';
import type { ReassignBilanInput } from '../contracts/schemas.ts';
import { lockBilanOfOrganisation, setBilanConsultant } from '../data/bilan-assignment.ts';
import { isActiveConsultant } from '../../accounts/data/user-repository.ts';
import { movePlannedSeances } from '../../seances/data/seance-reassignment.ts';

export async function reassignBilan(
  deps: Deps,
  actor: Actor,
  bilanId: string,
  input: ReassignBilanInput,
): Promise<{ consultantId: string }> {
  requireRole(actor, 'admin');
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const bilan = await lockBilanOfOrganisation(trx, actor.organisationId, bilanId);
    if (!bilan) notFound();
    // Another organisation's consultant reads as unknown: the same refusal as an inactive one.
    if (!(await isActiveConsultant(trx, input.consultantId, actor.organisationId)))
      throw new AppError('consultant_unavailable');
    if (bilan.consultant_id === input.consultantId) throw new AppError('already_assigned');
    await setBilanConsultant(trx, bilanId, input.consultantId);
    await movePlannedSeances(trx, bilanId, input.consultantId);
    await deps.audit.record(
      trx,
      auditContext(actor),
      {
        action: 'bilan.reassigned',
        subjectType: 'bilan',
        subjectId: bilanId,
        details: { fromConsultantId: bilan.consultant_id, toConsultantId: input.consultantId },
      },
      now,
    );
  });
  // Both consultants' homes change: the trigger on bilans notifies every process at commit
  // (decision 008); this process drops its own entries now, before answering.
  deps.caches.organisationChanged(actor.organisationId);
  return { consultantId: input.consultantId };
}
