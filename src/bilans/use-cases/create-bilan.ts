/**
 * A consultant opens a bilan for a beneficiary: the beneficiary's account is created (or reused
 * when this beneficiary of the organisation has no open bilan) and invited by e-mail; the bilan
 * starts in the phase préliminaire, assigned to the consultant.
 */
import type { Kysely } from 'kysely';
import { parisDate } from '../../platform/clock.ts';
import { plannedHoursProblem } from '../domain/planned-hours.ts';
import { parsePlainDate } from '../../shared/calendar/plain-date.ts';
import type { CreateBilan } from '../contracts/schemas.ts';
import { AppError } from '../../shared/errors.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { auditContext } from '../../platform/deps.ts';
import { requireRole } from '../../platform/authorize.ts';
import { issueInvitation } from '../../accounts/use-cases/invitations/issue-invitation.ts';
import { insertInvitedUser } from '../../accounts/data/user-repository.ts';
import { OPEN_PHASES } from '../domain/phases.ts';
import type { Database } from '../../platform/db/database.ts';

export async function createBilan(
  deps: Deps,
  actor: Actor,
  input: CreateBilan,
): Promise<{ bilanId: string; beneficiaryId: string }> {
  requireRole(actor, 'consultant');
  const now = deps.clock.now();
  const problem = plannedHoursProblem(input.plannedHours, input.financing, parsePlainDate(parisDate(now)));
  if (problem) throw new AppError('validation_failed', { fields: { plannedHours: problem.message } });

  const result = await deps.db.transaction().execute((trx) => insertBilan(trx, deps, actor, input, now));
  deps.emailsQueued();
  return result;
}

/** The body of `createBilan`, inside the caller's transaction (also used to convert a lead). */
export async function insertBilan(
  trx: Kysely<Database>,
  deps: Deps,
  actor: Actor,
  input: CreateBilan,
  now: Date,
): Promise<{ bilanId: string; beneficiaryId: string }> {
  {
    const organisation = await trx
      .selectFrom('organisations')
      .select('name')
      .where('id', '=', actor.organisationId)
      .executeTakeFirstOrThrow();
    const existing = await trx
      .selectFrom('users')
      .select(['id', 'organisation_id', 'role', 'status', 'first_name'])
      .where('email', '=', input.beneficiary.email)
      .forUpdate()
      .executeTakeFirst();
    if (existing && (existing.organisation_id !== actor.organisationId || existing.role !== 'beneficiary')) {
      throw new AppError('email_taken', {
        fields: { 'beneficiary.email': 'Cette adresse e-mail est déjà utilisée par un autre compte.' },
      });
    }
    if (existing) {
      const open = await trx
        .selectFrom('bilans')
        .select('id')
        .where('beneficiary_id', '=', existing.id)
        .where('phase', 'in', OPEN_PHASES)
        .executeTakeFirst();
      if (open)
        throw new AppError('beneficiary_has_open_bilan', {
          fields: { 'beneficiary.email': 'Cette personne a déjà un bilan en cours.' },
        });
    }
    const beneficiaryId =
      existing?.id ??
      (await insertInvitedUser(
        trx,
        { organisationId: actor.organisationId, role: 'beneficiary', ...input.beneficiary },
        now,
      ));

    const bilan = await trx
      .insertInto('bilans')
      .values({
        organisation_id: actor.organisationId,
        beneficiary_id: beneficiaryId,
        consultant_id: actor.userId,
        financing: input.financing,
        planned_accompaniment_minutes: input.plannedHours,
        phase_changed_at: now,
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await deps.audit.record(
      trx,
      auditContext(actor),
      {
        action: 'bilan.created',
        subjectType: 'bilan',
        subjectId: bilan.id,
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
          organisationName: organisation.name,
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
    return { bilanId: bilan.id, beneficiaryId };
  }
}
