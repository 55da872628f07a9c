/**
 * Records one signature on the exact PDF the signer was shown (simple electronic signature), by
 * an account holder or the employer's link, and its effects on the financing record: a signed
 * individual contract starts the withdrawal period, a fully signed convention is signed.
 */
import { parsePlainDate } from '../../shared/calendar/plain-date.ts';
import { checkConventionSignature } from '../../financing/domain/employer-plan.ts';
import { financingType } from '../../financing/domain/catalog.ts';
import { parisDate } from '../../platform/clock.ts';
import { AppError } from '../../shared/errors.ts';
import type { AuditContext, Deps, Origin } from '../../platform/deps.ts';
import type { DocumentKindCode, SignerRole } from '../domain/builders.ts';
import type { Trx } from '../../platform/db/kysely.ts';
import { readBilanFinancing } from '../../bilans/data/bilan-repository.ts';
import { findFinancing } from '../../financing/data/financing-repository.ts';
import { setFinancingStatus } from '../../financing/use-cases/set-financing-status.ts';
import { countDocumentSignatures, insertDocumentSignature } from '../data/signature-repository.ts';

export async function recordSignature(
  deps: Deps,
  trx: Trx,
  context: AuditContext,
  doc: {
    id: string;
    organisation_id: string;
    bilan_id: string;
    kind: DocumentKindCode;
    sha256: string;
    superseded_at: Date | null;
    signers: SignerRole[];
  },
  input: {
    role: SignerRole;
    /** The signer's account; for the employer signing in person, the consultant who witnessed it (decision 037). */
    userId: string | null;
    signedName: string;
    shownSha256: string;
    origin: Origin;
    inPresenceOfConsultant?: boolean;
  },
  now: Date,
): Promise<void> {
  if (doc.superseded_at !== null || doc.sha256 !== input.shownSha256) throw new AppError('document_changed');
  if (!doc.signers.includes(input.role)) throw new AppError('signature_not_expected');
  const financing = await findFinancing(trx, doc.bilan_id);
  const today = parsePlainDate(parisDate(now));
  if (doc.kind === 'convention_tripartite' && input.role === 'beneficiary' && financing?.convention_sent_on) {
    const check = checkConventionSignature({ sentOn: parsePlainDate(financing.convention_sent_on), signedOn: today });
    if (!check.ok) throw new AppError('signature_not_expected', { message: check.issues[0]?.message ?? '' });
  }
  const inserted = await insertDocumentSignature(trx, {
    organisation_id: doc.organisation_id,
    document_id: doc.id,
    signer_role: input.role,
    signer_user_id: input.userId,
    signed_name: input.signedName,
    document_sha256: doc.sha256,
    signed_at: now,
    ip: input.origin.ip,
    user_agent: input.origin.userAgent?.slice(0, 500) ?? null,
  });
  if (!inserted) throw new AppError('already_signed');
  await deps.audit.record(
    trx,
    context,
    {
      action: 'document.signed',
      subjectType: 'document',
      subjectId: doc.id,
      bilanId: doc.bilan_id,
      details: {
        kind: doc.kind,
        signer: input.role,
        sha256: doc.sha256,
        ...(input.inPresenceOfConsultant ? { inPresenceOf: 'consultant' as const } : {}),
      },
    },
    now,
  );

  // Effects on the financing file.
  if (!financing) return;
  const bilan = await readBilanFinancing(trx, doc.bilan_id);
  const type = financingType(bilan.financing);
  if (
    doc.kind === 'contrat_individuel' &&
    input.role === 'beneficiary' &&
    type === 'self_funded' &&
    financing.status === 'draft'
  ) {
    await setFinancingStatus(deps, trx, context, doc.bilan_id, 'draft', 'contract_signed', 'signature', now);
  }
  if (doc.kind === 'convention_tripartite' && type === 'employer_plan' && financing.status === 'sent_to_employee') {
    if ((await countDocumentSignatures(trx, doc.id)) === doc.signers.length)
      await setFinancingStatus(deps, trx, context, doc.bilan_id, 'sent_to_employee', 'signed', 'signature', now);
  }
}
