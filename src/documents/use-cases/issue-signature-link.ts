/**
 * Creates the employer's single-use, expiring link to sign a convention and queues its e-mail,
 * inside the caller's transaction (only the token's SHA-256 is stored; the e-mail's link is
 * personal: decision 026). Any earlier unused link of the document is revoked: only the newest works.
 */
import { addMs } from '../../accounts/domain/policies.ts';
import { SIGNATURE_LINK_DAYS } from '../domain/facts.ts';
import { conventionLinkEmail } from '../domain/emails.ts';
import { parsePlainDate } from '../../shared/calendar/plain-date.ts';
import { parisDate } from '../../platform/clock.ts';
import type { Trx } from '../../platform/db/kysely.ts';
import type { AuditContext, Deps } from '../../platform/deps.ts';
import { insertSignatureLink, revokeOpenSignatureLinks } from '../data/signature-link-repository.ts';

const DAY = 24 * 60 * 60_000;

export async function issueSignatureLink(
  deps: Deps,
  trx: Trx,
  input: {
    organisationId: string;
    organisationName: string;
    bilanId: string;
    documentId: string;
    employerEmail: string;
    contactName: string | null;
    beneficiaryName: string;
    context: AuditContext;
    resent?: boolean;
  },
  now: Date,
): Promise<{ expiresAt: Date }> {
  await revokeOpenSignatureLinks(trx, input.documentId, now);
  const { token, hash } = deps.tokens.create();
  const expiresAt = addMs(now, SIGNATURE_LINK_DAYS * DAY);
  await insertSignatureLink(trx, {
    organisation_id: input.organisationId,
    document_id: input.documentId,
    token_hash: hash,
    email: input.employerEmail,
    created_at: now,
    expires_at: expiresAt,
  });
  const url = `${deps.publicUrl}/signature/${token}`;
  await deps.outbox.enqueue(
    trx,
    {
      organisationId: input.organisationId,
      kind: 'convention_to_sign',
      to: input.employerEmail,
      message: conventionLinkEmail({
        contactName: input.contactName,
        organisationName: input.organisationName,
        beneficiaryName: input.beneficiaryName,
        url,
        expiresOn: parsePlainDate(parisDate(expiresAt)),
      }),
      personalLink: { url, expiresAt },
    },
    now,
  );
  await deps.audit.record(
    trx,
    input.context,
    {
      action: input.resent ? 'document.link_resent' : 'document.link_sent',
      subjectType: 'document',
      subjectId: input.documentId,
      bilanId: input.bilanId,
      details: { email: input.employerEmail },
    },
    now,
  );
  return { expiresAt };
}
