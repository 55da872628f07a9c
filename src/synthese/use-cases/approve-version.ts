/**
 * The beneficiary approves the synthesis: a simple electronic signature of the exact version they
 * read (its SHA-256, decision 015 as for the other documents), with their typed name. Refused
 * (409) when that version is no longer the latest or its text is not the one read; once approved
 * the synthesis no longer changes. Audited (decision 043).
 */
import { createHash } from 'node:crypto';
import { readDocumentFacts } from '../../documents/data/document-facts.ts';
import { nameMatches } from '../../seances/domain/attendance.ts';
import { requireRole } from '../../platform/authorize.ts';
import { auditContext, type Actor, type Deps } from '../../platform/deps.ts';
import { AppError } from '../../shared/errors.ts';
import type { ApproveVersion, SyntheseApprovalView } from '../contracts/schemas.ts';
import { insertApproval, latestVersion, lockVersionForBeneficiary } from '../data/version-repository.ts';
import { canonicalVersion } from '../domain/version.ts';

export async function approveVersion(
  deps: Deps,
  actor: Actor,
  bilanId: string,
  versionId: string,
  input: ApproveVersion,
): Promise<{ approval: SyntheseApprovalView }> {
  requireRole(actor, 'beneficiary');
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const { bilan, synthese, version } = await lockVersionForBeneficiary(trx, actor, bilanId, versionId);
    const latest = await latestVersion(trx, synthese.id);
    const stored = createHash('sha256').update(canonicalVersion(version.sections, version.figures)).digest('hex');
    if (latest?.id !== version.id || version.sha256 !== input.sha256 || stored !== version.sha256)
      throw new AppError('synthese_version_changed');
    const { beneficiary } = await readDocumentFacts(trx, bilan.id);
    if (!nameMatches(input.signedName, beneficiary))
      throw new AppError('validation_failed', {
        message: 'Le nom tapé ne correspond pas au vôtre.',
        fields: { signedName: 'Le nom tapé ne correspond pas au vôtre.' },
      });
    const inserted = await insertApproval(trx, {
      organisationId: bilan.organisation_id,
      syntheseId: synthese.id,
      versionId: version.id,
      sha256: version.sha256,
      userId: actor.userId,
      signedName: input.signedName,
      now,
      origin: actor,
    });
    if (!inserted) throw new AppError('synthese_already_approved');
    await deps.audit.record(
      trx,
      auditContext(actor),
      {
        action: 'synthese.approved',
        subjectType: 'synthese_version',
        subjectId: version.id,
        bilanId: bilan.id,
        details: { number: version.number, sha256: version.sha256 },
      },
      now,
    );
    return {
      approval: {
        versionId: version.id,
        versionNumber: version.number,
        sha256: version.sha256,
        signedName: input.signedName,
        signedAt: now.toISOString(),
      },
    };
  });
}
