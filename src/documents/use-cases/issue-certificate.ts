/**
 * The certificat de réalisation, produced in the transaction that closes or abandons a bilan
 * (dates, signed hours, completion rate, abandonment reason; never content).
 */
import { parisDate } from '../../platform/clock.ts';
import { buildCertificate, type CompletionFacts } from '../domain/builders.ts';
import { documentReference } from '../domain/facts.ts';
import { parsePlainDate, type PlainDate } from '../../shared/calendar/plain-date.ts';
import type { AuditContext, Deps } from '../../platform/deps.ts';
import type { Trx } from '../../platform/db/kysely.ts';
import { readCompletionFacts } from '../data/document-facts.ts';
import { nextVersion, storeDocumentVersion } from '../data/document-repository.ts';

export async function issueCertificate(
  deps: Deps,
  trx: Trx,
  context: AuditContext,
  bilanId: string,
  outcome: 'completed' | 'abandoned',
  now: Date,
): Promise<string> {
  const { facts, startedOn, completionBasisPoints } = await readCompletionFacts(trx, bilanId);
  const today = parisDate(now);
  const version = await nextVersion(trx, bilanId, 'certificat_realisation');
  const completion: CompletionFacts = {
    startedOn,
    endedOn: parsePlainDate(today) as PlainDate,
    outcome,
    abandonReason: outcome === 'abandoned' ? facts.row.abandon_reason : null,
    accompanimentDoneMinutes: facts.row.accompaniment_done_minutes,
    plannedAccompanimentMinutes: facts.row.planned_accompaniment_minutes,
    personalWorkDoneMinutes: facts.row.personal_work_done_minutes,
    completionBasisPoints,
  };
  const document = buildCertificate(
    {
      organisation: facts.organisation,
      issuedOn: parsePlainDate(today),
      reference: documentReference('certificat_realisation', bilanId, version, today),
      beneficiary: facts.beneficiary,
      financingLabel: facts.financingLabel,
    },
    completion,
  );
  const stored = await storeDocumentVersion(
    trx,
    {
      organisationId: facts.row.organisation_id,
      bilanId,
      kind: 'certificat_realisation',
      version,
      document,
      pdf: deps.pdf.render(document),
      createdBy: context.userId,
    },
    now,
  );
  await deps.audit.record(
    trx,
    context,
    {
      action: 'document.generated',
      subjectType: 'document',
      subjectId: stored.id,
      bilanId,
      details: { kind: 'certificat_realisation', version, sha256: stored.sha256 },
    },
    now,
  );
  return stored.id;
}
