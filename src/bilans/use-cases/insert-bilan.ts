/**
 * Opens a bilan inside the caller's transaction (creating a bilan, converting a lead): the
 * beneficiary's account in the organisation is created (or reused when this beneficiary of the
 * organisation has no open bilan) and invited by e-mail; the bilan starts in the phase
 * préliminaire, assigned to the consultant.
 */
import type { Kysely } from 'kysely';
import type { CreateBilan } from '../contracts/schemas.ts';
import { AppError } from '../../shared/errors.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { auditContext } from '../../platform/deps.ts';
import { issueInvitation } from '../../accounts/use-cases/invitations/issue-invitation.ts';
import { insertInvitedUser, lockUserByEmail } from '../../accounts/data/user-repository.ts';
import type { Database } from '../../platform/db/database.ts';
import { findOpenBilanOf, insertBilanRow } from '../data/bilan-repository.ts';
import { readOrganisationName } from '../../organisation/data/organisation-repository.ts';
import { defaultCategory } from '../../bpf/domain/categories.ts';

export async function insertBilan(
  trx: Kysely<Database>,
  deps: Deps,
  actor: Actor,
  input: CreateBilan,
  now: Date,
): Promise<{ bilanId: string; beneficiaryId: string }> {
  const organisationName = await readOrganisationName(trx, actor.organisationId);
  // Only this organisation's accounts count: the same person may be a beneficiary elsewhere, and
  // nothing here may tell (decision 027).
  const existing = await lockUserByEmail(trx, actor.organisationId, input.beneficiary.email);
  if (existing && existing.role !== 'beneficiary') {
    throw new AppError('email_taken', {
      fields: { 'beneficiary.email': 'Cette adresse e-mail est celle d’un membre de l’équipe de votre organisme.' },
    });
  }
  if (existing && (await findOpenBilanOf(trx, existing.id)))
    throw new AppError('beneficiary_has_open_bilan', {
      fields: { 'beneficiary.email': 'Cette personne a déjà un bilan en cours.' },
    });
  const beneficiaryId =
    existing?.id ??
    (await insertInvitedUser(
      trx,
      { organisationId: actor.organisationId, role: 'beneficiary', ...input.beneficiary },
      now,
    ));

  const bilanId = await insertBilanRow(trx, {
    organisation_id: actor.organisationId,
    beneficiary_id: beneficiaryId,
    consultant_id: actor.userId,
    financing: input.financing,
    planned_accompaniment_minutes: input.plannedHours,
    beneficiary_category: input.beneficiaryCategory ?? defaultCategory(input.financing),
    phase_changed_at: now,
    created_at: now,
  });
  await deps.audit.record(
    trx,
    auditContext(actor),
    {
      action: 'bilan.created',
      subjectType: 'bilan',
      subjectId: bilanId,
      details: { financing: input.financing, plannedMinutes: input.plannedHours },
    },
    now,
  );

  // A returning beneficiary who already has an account needs no invitation.
  if (!existing || existing.status === 'invited') {
    await issueInvitation(
      deps,
      trx,
      {
        organisationId: actor.organisationId,
        organisationName,
        target: {
          userId: beneficiaryId,
          email: input.beneficiary.email,
          firstName: existing?.first_name ?? input.beneficiary.firstName,
          role: 'beneficiary',
        },
        inviter: { id: actor.userId, name: `${actor.firstName} ${actor.lastName}` },
        publicUrl: deps.publicUrl,
        context: auditContext(actor),
      },
      now,
    );
  }
  return { bilanId, beneficiaryId };
}
