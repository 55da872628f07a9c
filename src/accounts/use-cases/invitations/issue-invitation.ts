/**
 * Creates a single-use invitation for an invited user and queues its e-mail, inside the caller's
 * transaction. Any earlier pending invitation of the same user is revoked: only the newest link works.
 * The inviter is null when the operator's command invites an organisation's first admin; the link
 * is returned for that command to hand over.
 */
import { INVITATION_LIFETIME_MS, addMs } from '../../domain/policies.ts';
import { invitationEmail } from '../../domain/emails.ts';
import type { Role } from '../../domain/users.ts';
import type { Trx } from '../../../platform/db/kysely.ts';
import type { AuditContext, Deps } from '../../../platform/deps.ts';
import { insertInvitation, revokePendingInvitationsOf } from '../../data/invitation-repository.ts';

export interface InvitationTarget {
  userId: string;
  email: string;
  firstName: string;
  role: Role;
}

export async function issueInvitation(
  deps: Deps,
  trx: Trx,
  input: {
    organisationId: string;
    organisationName: string;
    target: InvitationTarget;
    inviter: { id: string; name: string } | null;
    publicUrl: string;
    context: AuditContext;
    resent?: boolean;
  },
  now: Date,
): Promise<{ invitationId: string; expiresAt: Date; url: string }> {
  await revokePendingInvitationsOf(trx, input.target.userId);
  const { token, hash } = deps.tokens.create();
  const expiresAt = addMs(now, INVITATION_LIFETIME_MS);
  const url = `${input.publicUrl}/invitation/${token}`;
  const invitationId = await insertInvitation(trx, {
    organisationId: input.organisationId,
    userId: input.target.userId,
    invitedBy: input.inviter?.id ?? null,
    tokenHash: hash,
    createdAt: now,
    expiresAt,
  });
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
        inviterName: input.inviter?.name ?? null,
        url,
        expiresAt,
      }),
      personalLink: { url, expiresAt },
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
          subjectId: invitationId,
          details: { email: input.target.email },
        }
      : {
          action: 'invitation.created',
          subjectType: 'invitation',
          subjectId: invitationId,
          details: { role: input.target.role, email: input.target.email },
        },
    now,
  );
  return { invitationId, expiresAt, url };
}
