/**
 * Signing the tripartite convention as the employer, through the single-use, expiring link sent
 * by e-mail (no account): the exact PDF shown, then the link is spent.
 */
import { assertSignatureLinkUsable } from '../domain/facts.ts';
import type { SignDocument } from '../contracts/schemas.ts';
import { AppError } from '../../shared/errors.ts';
import type { Deps, Origin } from '../../platform/deps.ts';
import { isOpen } from '../../bilans/domain/phases.ts';
import { findSignatureLink, markSignatureLinkUsed } from '../data/signature-link-repository.ts';
import { recordSignature } from './record-signature.ts';

export async function signConventionWithLink(
  deps: Deps,
  origin: Origin,
  token: string,
  input: SignDocument,
): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const row = await findSignatureLink(trx, deps.tokens.hash(token), true);
    if (!row) throw new AppError('signature_link_invalid');
    if (row.employer_signed && row.used_at === null) throw new AppError('signature_already_given');
    assertSignatureLinkUsable(row, now);
    if (!isOpen(row.phase)) throw new AppError('bilan_closed');
    const doc = {
      id: row.id,
      organisation_id: row.organisation_id,
      bilan_id: row.bilan_id,
      kind: row.kind,
      sha256: row.sha256,
      superseded_at: row.superseded_at,
      signers: row.signers,
    };
    const context = {
      organisationId: row.organisation_id,
      userId: null,
      role: 'employer',
      ip: origin.ip,
      userAgent: origin.userAgent,
    };
    await recordSignature(
      deps,
      trx,
      context,
      doc,
      { role: 'employer', userId: null, signedName: input.signedName, shownSha256: input.sha256, origin },
      now,
    );
    await markSignatureLinkUsed(trx, row.link_id, now);
  });
}
