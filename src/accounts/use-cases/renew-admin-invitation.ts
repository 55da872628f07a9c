/**
 * `npm run org:create -- --new-link`: a fresh invitation link for an admin of an organisation who
 * has not activated their account yet (the first link expired or was lost), sent by e-mail and
 * returned for the operator to hand over; the previous link stops working.
 */
import type { RenewAdminInvitationInput } from '../contracts/schemas.ts';
import { AppError } from '../../shared/errors.ts';
import type { AuditContext, Deps } from '../../platform/deps.ts';
import { findOrganisationByName } from '../../organisation/data/organisation-repository.ts';
import { lockUserByEmail } from '../data/user-repository.ts';
import { issueInvitation } from './invitations/issue-invitation.ts';

export async function renewAdminInvitation(
  deps: Deps,
  input: RenewAdminInvitationInput,
): Promise<{ organisationId: string; name: string; invitationUrl: string; expiresAt: Date }> {
  const now = deps.clock.now();
  const result = await deps.db.transaction().execute(async (trx) => {
    const organisation = await findOrganisationByName(trx, input.organisationName);
    if (!organisation) throw new AppError('organisation_unknown');
    const admin = await lockUserByEmail(trx, organisation.id, input.email);
    if (!admin || admin.role !== 'admin' || admin.status !== 'invited') throw new AppError('admin_not_awaiting');
    const context: AuditContext = {
      organisationId: organisation.id,
      userId: null,
      role: 'operator',
      ip: null,
      userAgent: null,
    };
    const invitation = await issueInvitation(
      deps,
      trx,
      {
        organisationId: organisation.id,
        organisationName: organisation.name,
        target: { userId: admin.id, email: input.email, firstName: admin.first_name, role: 'admin' },
        inviter: null,
        publicUrl: deps.publicUrl,
        context,
        resent: true,
      },
      now,
    );
    return {
      organisationId: organisation.id,
      name: organisation.name,
      invitationUrl: invitation.url,
      expiresAt: invitation.expiresAt,
    };
  });
  deps.emailsQueued();
  return result;
}
