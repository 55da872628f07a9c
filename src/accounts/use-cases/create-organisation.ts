/**
 * The operator's command (`npm run org:create`) adds an organisation to the installation, with its
 * first admin invited by e-mail: the admin chooses their password through the invitation link
 * (it works once, for seven days), which the command also prints for the operator to hand over.
 * Any number of organisations may live side by side; nothing of one is visible from another
 * (decision 027). The web set-up still creates only the very first organisation, with its admin
 * signed in at once.
 */
import type { CreateOrganisationInput } from '../contracts/schemas.ts';
import { AppError } from '../../shared/errors.ts';
import type { AuditContext, Deps } from '../../platform/deps.ts';
import { findOrganisationByName, insertOrganisation } from '../../organisation/data/organisation-repository.ts';
import { insertInvitedUser } from '../data/user-repository.ts';
import { lockSetup } from '../data/setup-lock.ts';
import { issueInvitation } from './invitations/issue-invitation.ts';

export async function createOrganisation(
  deps: Deps,
  input: CreateOrganisationInput,
): Promise<{
  organisationId: string;
  name: string;
  slug: string;
  adminId: string;
  invitationUrl: string;
  expiresAt: Date;
}> {
  const now = deps.clock.now();
  const result = await deps.db.transaction().execute(async (trx) => {
    // The same lock as the web set-up: neither runs while the other creates an organisation.
    await lockSetup(trx);
    if (await findOrganisationByName(trx, input.organisationName)) throw new AppError('organisation_name_taken');
    const organisation = await insertOrganisation(trx, input.organisationName, now);
    const context: AuditContext = {
      organisationId: organisation.id,
      userId: null,
      role: 'operator',
      ip: null,
      userAgent: null,
    };
    await deps.audit.record(
      trx,
      context,
      {
        action: 'organisation.created',
        subjectType: 'organisation',
        subjectId: organisation.id,
        details: { name: organisation.name },
      },
      now,
    );
    const adminId = await insertInvitedUser(
      trx,
      {
        organisationId: organisation.id,
        role: 'admin',
        email: input.email,
        firstName: input.firstName,
        lastName: input.lastName,
      },
      now,
    );
    const invitation = await issueInvitation(
      deps,
      trx,
      {
        organisationId: organisation.id,
        organisationName: organisation.name,
        target: { userId: adminId, email: input.email, firstName: input.firstName, role: 'admin' },
        inviter: null,
        publicUrl: deps.publicUrl,
        context,
      },
      now,
    );
    return {
      organisationId: organisation.id,
      name: organisation.name,
      slug: organisation.slug,
      adminId,
      invitationUrl: invitation.url,
      expiresAt: invitation.expiresAt,
    };
  });
  deps.emailsQueued();
  return result;
}
