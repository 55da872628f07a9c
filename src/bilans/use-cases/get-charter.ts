/**
 * The charter of mutual commitments as shown to the beneficiary and their consultant: its text,
 * the SHA-256 of that exact text (checked when signing) and the signatures of this version.
 */
import { createHash } from 'node:crypto';
import { CURRENT_CHARTER, charterText } from '../domain/charter.ts';
import type { CharterView } from '../contracts/checklists.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { requireRole } from '../../platform/authorize.ts';
import { readBilan } from '../data/bilan-access.ts';
import { charterSignatures } from '../data/charter-repository.ts';

const TEXT = charterText(CURRENT_CHARTER);
const TEXT_SHA256 = createHash('sha256').update(TEXT, 'utf8').digest('hex');

export async function getCharter(deps: Deps, actor: Actor, bilanId: string): Promise<CharterView> {
  requireRole(actor, 'consultant', 'beneficiary');
  return deps.db.transaction().execute(async (trx) => {
    await readBilan(trx, actor, bilanId, 'either');
    const signatures = await charterSignatures(trx, bilanId, CURRENT_CHARTER.version);
    return {
      ...CURRENT_CHARTER,
      provider: [...CURRENT_CHARTER.provider],
      beneficiary: [...CURRENT_CHARTER.beneficiary],
      text: TEXT,
      textSha256: TEXT_SHA256,
      signatures: signatures.map((s) => ({ role: s.signer_role, name: s.signed_name, at: s.signed_at.toISOString() })),
    };
  });
}
