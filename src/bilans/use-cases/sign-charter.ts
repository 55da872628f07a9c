/**
 * The charter of mutual commitments, signed by the beneficiary and by their consultant (typed
 * name, explicit confirmation, SHA-256 of the exact text shown).
 */
import { createHash } from 'node:crypto';
import { CURRENT_CHARTER, charterText } from '../domain/charter.ts';
import { nameMatches } from '../../seances/domain/attendance.ts';
import type { SignCharter } from '../contracts/checklists.ts';
import { AppError } from '../../shared/errors.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { auditContext } from '../../platform/deps.ts';
import { requireRole } from '../../platform/authorize.ts';
import { assertOpen, lockBilan } from '../data/bilan-access.ts';
import { insertCharterSignature } from '../data/charter-repository.ts';
import { readUserName } from '../../accounts/data/user-repository.ts';

const TEXT_SHA256 = createHash('sha256').update(charterText(CURRENT_CHARTER), 'utf8').digest('hex');

export async function signCharter(deps: Deps, actor: Actor, bilanId: string, input: SignCharter): Promise<void> {
  requireRole(actor, 'consultant', 'beneficiary');
  const now = deps.clock.now();
  if (input.charterVersion !== CURRENT_CHARTER.version || input.textSha256 !== TEXT_SHA256) {
    throw new AppError('text_changed', {
      message: 'La charte a changé depuis son affichage : relisez-la avant de signer.',
    });
  }
  await deps.db.transaction().execute(async (trx) => {
    const bilan = await lockBilan(trx, actor, bilanId, actor.role === 'beneficiary' ? 'beneficiary' : 'consultant');
    assertOpen(bilan);
    const role = actor.role === 'beneficiary' ? 'beneficiary' : 'consultant';
    const person = await readUserName(trx, actor.userId);
    if (!nameMatches(input.signedName, { firstName: person.first_name, lastName: person.last_name })) {
      throw new AppError('validation_failed', { fields: { signedName: 'Le nom tapé ne correspond pas au vôtre.' } });
    }
    const inserted = await insertCharterSignature(trx, {
      organisation_id: bilan.organisation_id,
      bilan_id: bilanId,
      signer_role: role,
      signer_user_id: actor.userId,
      charter_version: CURRENT_CHARTER.version,
      text_sha256: TEXT_SHA256,
      signed_name: input.signedName,
      signed_at: now,
      ip: actor.ip,
      user_agent: actor.userAgent?.slice(0, 500) ?? null,
    });
    if (!inserted) throw new AppError('already_signed', { message: 'Vous avez déjà signé cette charte.' });
    await deps.audit.record(
      trx,
      auditContext(actor),
      {
        action: 'bilan.charter_signed',
        subjectType: 'bilan',
        subjectId: bilanId,
        details: { role, version: CURRENT_CHARTER.version },
      },
      now,
    );
  });
}
