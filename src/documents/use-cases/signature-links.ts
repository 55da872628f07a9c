/**
 * The employer (who has no account) reads and signs the tripartite convention through a
 * single-use, expiring link sent by e-mail. Only the token's SHA-256 is stored.
 */
import { DOCUMENT_TITLES } from '../domain/builders.ts';
import type { SignatureLinkView, SignDocument } from '../contracts/schemas.ts';
import { AppError } from '../../shared/errors.ts';
import type { Deps, Origin } from '../../platform/deps.ts';
import { recordSignature } from './documents.ts';
import { isOpen } from '../../bilans/domain/phases.ts';

async function linkByToken(deps: Deps, token: string, forUpdate: boolean, db = deps.db) {
  let query = db
    .selectFrom('signature_links as l')
    .innerJoin('bilan_documents as d', 'd.id', 'l.document_id')
    .innerJoin('bilans as b', 'b.id', 'd.bilan_id')
    .innerJoin('users as u', 'u.id', 'b.beneficiary_id')
    .innerJoin('organisations as o', 'o.id', 'l.organisation_id')
    .leftJoin('bilan_financings as f', 'f.bilan_id', 'b.id')
    .select([
      'l.id as link_id',
      'l.expires_at',
      'l.used_at',
      'l.email',
      'l.organisation_id',
      'd.id',
      'd.kind',
      'd.sha256',
      'd.superseded_at',
      'd.signers',
      'd.bilan_id',
      'd.pdf',
      'u.first_name',
      'u.last_name',
      'o.name as organisation_name',
      'f.employer_contact_name',
      'b.phase',
    ])
    .where('l.token_hash', '=', deps.tokens.hash(token));
  if (forUpdate) query = query.forUpdate('l');
  const row = await query.executeTakeFirst();
  if (!row) throw new AppError('signature_link_invalid');
  return row;
}

function assertUsable(row: { expires_at: Date; used_at: Date | null; superseded_at: Date | null }, now: Date): void {
  if (row.used_at !== null || row.expires_at.getTime() <= now.getTime() || row.superseded_at !== null)
    throw new AppError('signature_link_expired');
}

export async function getSignatureLink(deps: Deps, token: string): Promise<SignatureLinkView> {
  const row = await linkByToken(deps, token, false);
  assertUsable(row, deps.clock.now());
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

export async function signatureLinkPdf(deps: Deps, token: string): Promise<Buffer> {
  const row = await linkByToken(deps, token, false);
  assertUsable(row, deps.clock.now());
  return row.pdf;
}

export async function signWithLink(deps: Deps, origin: Origin, token: string, input: SignDocument): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const row = await linkByToken(deps, token, true, trx);
    assertUsable(row, now);
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
    await trx.updateTable('signature_links').set({ used_at: now }).where('id', '=', row.link_id).execute();
  });
}
