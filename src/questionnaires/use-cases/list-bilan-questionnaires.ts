/**
 * The questionnaires of a bilan, for its beneficiary and its consultant (admins 403, others 404).
 * The beneficiary does not see what the consultant withdrew before they started.
 */
import type { AssignmentSummary } from '../contracts/schemas.ts';
import { summaryOf } from '../domain/assignment.ts';
import { requireRole } from '../../platform/authorize.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { readBilan } from '../../bilans/data/bilan-access.ts';
import { listAssignmentsOfBilan } from '../data/assignment-repository.ts';

export async function listBilanQuestionnaires(
  deps: Deps,
  actor: Actor,
  bilanId: string,
): Promise<{ assignments: AssignmentSummary[] }> {
  requireRole(actor, 'consultant', 'beneficiary');
  return deps.db.transaction().execute(async (trx) => {
    await readBilan(trx, actor, bilanId, 'either');
    const rows = await listAssignmentsOfBilan(trx, bilanId);
    const visible = actor.role === 'beneficiary' ? rows.filter((r) => !(r.withdrawn_at && !r.draft_saved_at)) : rows;
    return { assignments: visible.map(summaryOf) };
  });
}
