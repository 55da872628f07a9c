/**
 * The beneficiary's written agreement to keep named items after the end (R6313-7, legal.md BC-11,
 * decision 046): typed name and consent box, a purpose, items, a date after the end and at most
 * `retention.writtenAgreementMaxYears` after it (checkRetentionExpiry, French 422). Only the
 * beneficiary of an ended bilan signs; items already destroyed cannot be kept. Audited. Signing the
 * same running agreement again (a double click) returns it rather than a second one.
 */
import { lockBilan } from '../../bilans/data/bilan-access.ts';
import { readBilanOfOrganisation } from '../../bilans/data/ended-bilans.ts';
import { isOpen } from '../../bilans/domain/phases.ts';
import { checkRetentionExpiry } from '../../after/domain/after-bilan.ts';
import { nameMatches } from '../../seances/domain/attendance.ts';
import { parisDate } from '../../platform/clock.ts';
import { requireRole } from '../../platform/authorize.ts';
import { auditContext, type Actor, type Deps } from '../../platform/deps.ts';
import { parsePlainDate } from '../../shared/calendar/plain-date.ts';
import { AppError } from '../../shared/errors.ts';
import type { SignRetentionAgreement } from '../contracts/schemas.ts';
import { retentionConsentText, retentionState } from '../domain/retention.ts';
import { insertAgreement, lockUnendedAgreements } from '../data/agreement-repository.ts';
import { readSchedule } from '../data/destruction-repository.ts';
import { readOrganisationName } from '../../organisation/data/organisation-repository.ts';

export async function signRetentionAgreement(
  deps: Deps,
  actor: Actor,
  bilanId: string,
  input: SignRetentionAgreement,
): Promise<{ agreementId: string }> {
  requireRole(actor, 'beneficiary');
  const now = deps.clock.now();
  const today = parsePlainDate(parisDate(now));
  return deps.db.transaction().execute(async (trx) => {
    const bilan = await lockBilan(trx, actor, bilanId, 'beneficiary');
    if (isOpen(bilan.phase)) throw new AppError('retention_bilan_not_ended');
    const ended = await readBilanOfOrganisation(trx, bilan.organisation_id, bilan.id);
    const endedOn = parsePlainDate(parisDate(ended!.phase_changed_at));
    const report = checkRetentionExpiry({ endedOn, expiresOn: parsePlainDate(input.expiresOn) });
    if (!report.ok) {
      const message = report.issues[0]!.message;
      throw new AppError('retention_expiry_invalid', { message, fields: { expiresOn: message } });
    }
    if (!nameMatches(input.signedName, actor))
      throw new AppError('validation_failed', {
        message: 'Le nom tapé ne correspond pas au vôtre.',
        fields: { signedName: 'Le nom tapé ne correspond pas au vôtre.' },
      });
    const running = await lockUnendedAgreements(trx, bilan.organisation_id, bilan.id);
    // A double click or a replayed request signs nothing twice: the same running agreement (same
    // purpose, items and date) is the answer. The bilan's lock serialises concurrent signatures.
    const same = running.find((a) => a.withdrawn_at === null && sameAgreement(a, input));
    if (same) return { agreementId: same.id };
    const schedule = await readSchedule(trx, bilan.organisation_id, bilan.id);
    if (schedule?.destroyed_at) {
      const { kept } = retentionState(running, today);
      if (input.items.some((item) => !kept.has(item))) throw new AppError('retention_items_gone');
    }
    const agreementId = await insertAgreement(
      trx,
      {
        organisationId: bilan.organisation_id,
        bilanId: bilan.id,
        purpose: input.purpose,
        items: input.items,
        expiresOn: input.expiresOn,
        consentText: retentionConsentText({
          ...input,
          organisationName: await readOrganisationName(trx, bilan.organisation_id),
        }),
        signerUserId: actor.userId,
        signedName: input.signedName,
        ip: actor.ip,
        userAgent: actor.userAgent,
      },
      now,
    );
    await deps.audit.record(
      trx,
      auditContext(actor),
      {
        action: 'retention.agreement_signed',
        subjectType: 'bilan',
        subjectId: bilan.id,
        details: { agreementId, purpose: input.purpose, items: input.items, expiresOn: input.expiresOn },
      },
      now,
    );
    return { agreementId };
  });
}

function sameAgreement(
  a: { purpose: string; items: readonly string[]; expires_on: string },
  input: SignRetentionAgreement,
): boolean {
  const items = new Set<string>(input.items);
  return (
    a.purpose === input.purpose &&
    a.expires_on === input.expiresOn &&
    a.items.length === items.size &&
    a.items.every((item) => items.has(item))
  );
}
