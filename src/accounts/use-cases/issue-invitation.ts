/**
 * Creates a single-use invitation for an invited user and queues its e-mail, inside the caller's
 * transaction. Any earlier pending invitation of the same user is revoked: only the newest link works.
 */
import type { Kysely } from 'kysely';
import { INVITATION_LIFETIME_MS, addMs } from '../domain/policies.ts';
import { invitationEmail } from '../domain/emails.ts';
import { AppError } from '../../shared/errors.ts';
import type { Role } from '../domain/users.ts';
import type { Database } from '../../platform/db/database.ts';
import type { AuditContext, Deps } from '../../platform/deps.ts';

export interface InvitationTarget {
  userId: string;
  email: string;
  firstName: string;
  role: Role;
}

export async function issueInvitation(
  deps: Deps,
  trx: Kysely<Database>,
  input: {
    organisationId: string;
    organisationName: string;
    target: InvitationTarget;
    inviter: { id: string; name: string };
    publicUrl: string;
    context: AuditContext;
    resent?: boolean;
  },
  now: Date,
): Promise<{ invitationId: string; expiresAt: Date }> {
  await trx
    .updateTable('invitations')
    .set({ status: 'revoked' })
    .where('user_id', '=', input.target.userId)
    .where('status', '=', 'pending')
    .execute();
  const { token, hash } = deps.tokens.create();
  const expiresAt = addMs(now, INVITATION_LIFETIME_MS);
  const invitation = await trx
    .insertInto('invitations')
    .values({
      organisation_id: input.organisationId,
      user_id: input.target.userId,
      invited_by: input.inviter.id,
      token_hash: hash,
      created_at: now,
      expires_at: expiresAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await deps.outbox.enqueue(
    trx,
    {
      organisationId: input.organisationId,
      kind: `invitation_${input.target.role}`,
      to: input.target.email,
      message: invitationEmail({
        role: input.target.role,
        firstName: input.target.firstName,
        organisationName: input.organisationName,
        inviterName: input.inviter.name,
        url: `${input.publicUrl}/invitation/${token}`,
        expiresAt,
      }),
    },
    now,
  );
  await deps.audit.record(
    trx,
    input.context,
    input.resent
      ? {
          action: 'invitation.resent',
          subjectType: 'invitation',
          subjectId: invitation.id,
          details: { email: input.target.email },
        }
      : {
          action: 'invitation.created',
          subjectType: 'invitation',
          subjectId: invitation.id,
          details: { role: input.target.role, email: input.target.email },
        },
    now,
  );
  return { invitationId: invitation.id, expiresAt };
}

/** Inserts a user who has been invited and has no password yet. Throws email_taken on a duplicate. */
export async function insertInvitedUser(
  trx: Kysely<Database>,
  input: { organisationId: string; role: Role; email: string; firstName: string; lastName: string },
  now: Date,
): Promise<string> {
  const row = await trx
    .insertInto('users')
    .values({
      organisation_id: input.organisationId,
      role: input.role,
      email: input.email,
      first_name: input.firstName,
      last_name: input.lastName,
      status: 'invited',
      created_at: now,
    })
    .onConflict((oc) => oc.column('email').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!row) {
    throw new AppError('email_taken', {
      fields: { email: 'Cette adresse e-mail est déjà utilisée par un autre compte.' },
    });
  }
  return row.id;
}
