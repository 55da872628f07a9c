/**
 * Attendance signature (émargement) of a held séance: by the beneficiary from their account
 * (remote), by the beneficiary on the consultant's device during the séance (in person), and by
 * the consultant. A signer confirms the times they were shown: in one tap from their own account
 * (their account's name is recorded), or by typing their name on the consultant's device
 * (decision 035). Once both have signed, the séance counts as accompaniment done. A séance after
 * the phase préliminaire is signed only while the beneficiary's consent stands (L6313-4).
 */
import { holdingNeedsConsent, nameMatches, signRefusal, type SignRefusal } from '../domain/attendance.ts';
import { hasConsent } from '../../bilans/data/consent-repository.ts';
import type { SignAttendance } from '../contracts/schemas.ts';
import { AppError } from '../../shared/errors.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { auditContext } from '../../platform/deps.ts';
import { requireRole } from '../../platform/authorize.ts';
import { findSeanceParties, lockSeance, updateSeance } from '../data/seance-repository.ts';
import { hasSignedAttendance, insertAttendanceSignature } from '../data/attendance-repository.ts';
import { recomputeBilanCounters } from '../data/bilan-counters.ts';

const REFUSALS: Record<SignRefusal, AppError> = {
  not_held: new AppError('attendance_refused', {
    message: 'L’émargement n’est possible qu’une fois la séance marquée comme réalisée par le ou la consultant·e.',
  }),
  not_synchronous: new AppError('attendance_refused', { message: 'Le travail personnel ne s’émarge pas.' }),
  already_signed: new AppError('attendance_refused', { message: 'Cette séance est déjà émargée par cette personne.' }),
  times_changed: new AppError('attendance_refused', {
    message: 'Les horaires de la séance ont changé depuis leur affichage : relisez-les avant de signer.',
  }),
  wrong_name: new AppError('validation_failed', {
    fields: { signedName: 'Le nom tapé ne correspond pas à celui de la personne qui signe.' },
  }),
};

export async function signAttendance(
  deps: Deps,
  actor: Actor,
  seanceId: string,
  input: SignAttendance,
): Promise<{ complete: boolean }> {
  requireRole(actor, 'consultant', 'beneficiary');
  const now = deps.clock.now();
  const signer: 'beneficiary' | 'consultant' =
    actor.role === 'beneficiary' || input.forBeneficiary ? 'beneficiary' : 'consultant';
  const method: 'in_person' | 'remote' =
    actor.role === 'consultant' && signer === 'beneficiary' ? 'in_person' : 'remote';
  return deps.db.transaction().execute(async (trx) => {
    const { bilan, seance } = await lockSeance(
      trx,
      actor,
      seanceId,
      actor.role === 'beneficiary' ? 'beneficiary' : 'consultant',
    );
    if (method === 'in_person' && seance.mode !== 'in_person') {
      throw new AppError('attendance_refused', {
        message: 'À distance, la ou le bénéficiaire émarge depuis son propre compte.',
      });
    }
    const signerId = signer === 'beneficiary' ? bilan.beneficiary_id : bilan.consultant_id;
    // The signer is the bilan's beneficiary or its consultant.
    const parties = await findSeanceParties(trx, seance.id);
    const person =
      signer === 'beneficiary'
        ? { first_name: parties.first_name, last_name: parties.last_name }
        : { first_name: parties.c_first, last_name: parties.c_last };
    const oneTap = input.signedName === undefined;
    // Only the person signed in signs in one tap: on the consultant's device, the beneficiary types.
    if (oneTap && actor.role === 'consultant' && signer === 'beneficiary') {
      throw new AppError('validation_failed', {
        fields: { signedName: 'Tapez le prénom et le nom de la personne qui signe.' },
      });
    }
    const signedName = input.signedName ?? `${person.first_name} ${person.last_name}`;
    const alreadySigned = await hasSignedAttendance(trx, seance.id, signer);
    const refusal = signRefusal({
      status: seance.status,
      mode: seance.mode,
      alreadySigned,
      timesUnchanged:
        seance.actual_start_at?.toISOString() === new Date(input.shownStart).toISOString() &&
        seance.actual_end_at?.toISOString() === new Date(input.shownEnd).toISOString(),
      nameMatches: nameMatches(signedName, { firstName: person.first_name, lastName: person.last_name }),
    });
    if (refusal) throw REFUSALS[refusal];
    if (holdingNeedsConsent(seance.phase) && !(await hasConsent(trx, bilan.id))) throw new AppError('consent_required');

    await insertAttendanceSignature(trx, {
      organisation_id: bilan.organisation_id,
      seance_id: seance.id,
      signer_role: signer,
      signer_user_id: signerId,
      signed_name: signedName,
      method,
      captured_by: actor.userId,
      attested_start_at: seance.actual_start_at!,
      attested_end_at: seance.actual_end_at!,
      signed_at: now,
      ip: actor.ip,
      user_agent: actor.userAgent?.slice(0, 500) ?? null,
    });
    const signed = await updateSeance(
      trx,
      seance.id,
      signer === 'beneficiary' ? { signed_by_beneficiary_at: now } : { signed_by_consultant_at: now },
    );
    await recomputeBilanCounters(trx, bilan.id);
    await deps.audit.record(
      trx,
      auditContext(actor),
      {
        action: 'seance.attendance_signed',
        subjectType: 'seance',
        subjectId: seance.id,
        bilanId: bilan.id,
        details: { signer, method, confirmation: oneTap ? 'one_tap' : 'typed_name' },
      },
      now,
    );
    return { complete: signed.signed_by_beneficiary_at !== null && signed.signed_by_consultant_at !== null };
  });
}
