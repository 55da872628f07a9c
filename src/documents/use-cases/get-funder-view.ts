/**
 * The funder's and employer's view (read-only): dates, signed hours, completion, attendance
 * proof (signed séances with their times, never notes) and the certificate's status. The
 * bilan's consultant reads it (and downloads it as PDF to send); no content is ever read here.
 */
import { parisDate } from '../../platform/clock.ts';
import type { FunderView } from '../contracts/schemas.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { requireRole } from '../../platform/authorize.ts';
import { isOpen } from '../../bilans/domain/phases.ts';
import { readBilan } from '../../bilans/data/bilan-access.ts';
import { readCompletionFacts } from '../data/document-facts.ts';
import { findCurrentDocument } from '../data/document-repository.ts';

export async function getFunderView(deps: Deps, actor: Actor, bilanId: string): Promise<FunderView> {
  requireRole(actor, 'consultant');
  return deps.db.transaction().execute(async (trx) => {
    await readBilan(trx, actor, bilanId, 'consultant');
    const { facts, attendance, startedOn, completionBasisPoints } = await readCompletionFacts(trx, bilanId);
    const certificate = await findCurrentDocument(trx, bilanId, 'certificat_realisation');
    const ended = !isOpen(facts.row.phase);
    return {
      bilanId,
      beneficiary: { firstName: facts.beneficiary.firstName, lastName: facts.beneficiary.lastName },
      financingLabel: facts.financingLabel,
      phase: facts.row.phase,
      startedOn,
      endedOn: ended ? parisDate(facts.row.phase_changed_at) : null,
      accompanimentDoneMinutes: facts.row.accompaniment_done_minutes,
      plannedAccompanimentMinutes: facts.row.planned_accompaniment_minutes,
      completionBasisPoints,
      attendance,
      certificate: certificate ? { documentId: certificate.id, issuedOn: parisDate(certificate.created_at) } : null,
    };
  });
}
