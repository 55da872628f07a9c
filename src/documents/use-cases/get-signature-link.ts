/**
 * The employer (who has no account) opens the single-use, expiring link sent by e-mail to sign
 * the tripartite convention: what they are asked to sign.
 */
import { DOCUMENT_TITLES } from '../domain/builders.ts';
import { assertSignatureLinkUsable } from '../domain/facts.ts';
import type { SignatureLinkView } from '../contracts/schemas.ts';
import { AppError } from '../../shared/errors.ts';
import type { Deps } from '../../platform/deps.ts';
import { findSignatureLink } from '../data/signature-link-repository.ts';

export async function getSignatureLink(deps: Deps, token: string): Promise<SignatureLinkView> {
  const row = await findSignatureLink(deps.db, deps.tokens.hash(token), false);
  if (!row) throw new AppError('signature_link_invalid');
  if (row.employer_signed && row.used_at === null) throw new AppError('signature_already_given');
  assertSignatureLinkUsable(row, deps.clock.now());
  return {
    organisationName: row.organisation_name,
    beneficiaryName: `${row.first_name} ${row.last_name}`,
    title: DOCUMENT_TITLES[row.kind],
    sha256: row.sha256,
    expiresAt: row.expires_at.toISOString(),
    signerName: row.employer_contact_name,
    alreadySigned: false,
  };
}
