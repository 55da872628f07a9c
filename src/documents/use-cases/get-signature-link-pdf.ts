/** The PDF of the convention behind the employer's signature link, while the link is usable. */
import { assertSignatureLinkUsable } from '../domain/facts.ts';
import { AppError } from '../../shared/errors.ts';
import type { Deps } from '../../platform/deps.ts';
import { findSignatureLink } from '../data/signature-link-repository.ts';

export async function getSignatureLinkPdf(deps: Deps, token: string): Promise<Buffer> {
  const row = await findSignatureLink(deps.db, deps.tokens.hash(token), false);
  if (!row) throw new AppError('signature_link_invalid');
  if (row.employer_signed && row.used_at === null) throw new AppError('signature_already_given');
  assertSignatureLinkUsable(row, deps.clock.now());
  return row.pdf;
}
