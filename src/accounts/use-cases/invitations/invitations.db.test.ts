import { beforeEach, describe, expect, it } from 'vitest';
import { hashToken } from '../../../platform/security/tokens.ts';
import { testDeps, type TestDeps } from '../../../../tests/support/deps.ts';
import { createOrganisation, type TestOrganisation } from '../../../../tests/support/factories.ts';
import { inviteConsultant } from './invite-consultant.ts';
import { acceptInvitation } from './accept-invitation.ts';
import { getInvitation } from './get-invitation.ts';
import { resendInvitation } from './resend-invitation.ts';
import { revokeInvitation } from './revoke-invitation.ts';

const origin = { ip: '192.0.2.44', userAgent: 'vitest' };
let deps: TestDeps;
let org: TestOrganisation;

beforeEach(async () => {
  deps = testDeps();
  org = await createOrganisation(deps);
});

/** The token of the last link e-mailed to `to` (from the outbox, as an admin would read it). */
async function linkTokenSentTo(to: string, path: string): Promise<string> {
  const mail = await deps.db
    .selectFrom('outbox_emails')
    .select('text_body')
    .where('to_address', '=', to)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow();
  const match = new RegExp(`${path}/([A-Za-z0-9_-]+)`).exec(mail.text_body);
  if (!match?.[1]) throw new Error(`No ${path} link in ${mail.text_body}`);
  return match[1];
}

describe('invitations', () => {
  it('lets an invited consultant activate their account once with the e-mailed link', async () => {
    await inviteConsultant(deps, org.admin.actor, { firstName: 'Léa', lastName: 'Roux', email: 'lea.roux@exemple.fr' });
    expect(deps.queued).toBe(1);
    const token = await linkTokenSentTo('lea.roux@exemple.fr', 'invitation');
    expect(await getInvitation(deps, token)).toMatchObject({
      role: 'consultant',
      firstName: 'Léa',
      organisationName: org.name,
    });
    const { user } = await acceptInvitation(deps, origin, token, { password: 'ma phrase secrète' });
    expect(user).toMatchObject({ role: 'consultant', email: 'lea.roux@exemple.fr' });
    await expect(getInvitation(deps, token)).rejects.toMatchObject({ code: 'invitation_used', status: 410 });
    await expect(acceptInvitation(deps, origin, token, { password: 'ma phrase secrète' })).rejects.toMatchObject({
      code: 'invitation_used',
    });
  });

  it('refuses an expired link after 7 days, and a revoked or replaced one', async () => {
    await inviteConsultant(deps, org.admin.actor, {
      firstName: 'Marc',
      lastName: 'Petit',
      email: 'marc.petit@exemple.fr',
    });
    const first = await linkTokenSentTo('marc.petit@exemple.fr', 'invitation');
    const invitation = await deps.db
      .selectFrom('invitations')
      .select('id')
      .where('token_hash', '=', hashToken(first))
      .executeTakeFirstOrThrow();
    deps.clock.advance(60_000);
    await resendInvitation(deps, org.admin.actor, invitation.id);
    await expect(getInvitation(deps, first)).rejects.toMatchObject({ code: 'invitation_revoked' });
    const second = await linkTokenSentTo('marc.petit@exemple.fr', 'invitation');
    deps.clock.advance(7 * 24 * 60 * 60_000);
    await expect(acceptInvitation(deps, origin, second, { password: 'ma phrase secrète' })).rejects.toMatchObject({
      code: 'invitation_expired',
      status: 410,
    });
    const user = await deps.db
      .selectFrom('users')
      .select(['status', 'password_hash'])
      .where('email', '=', 'marc.petit@exemple.fr')
      .executeTakeFirstOrThrow();
    expect(user).toEqual({ status: 'invited', password_hash: null });
  });

  it('refuses an address that already has an account in the organisation, changing nothing', async () => {
    const before = await deps.db.selectFrom('users').select('id').execute();
    await expect(
      inviteConsultant(deps, org.admin.actor, { firstName: 'X', lastName: 'Y', email: org.consultant.email }),
    ).rejects.toMatchObject({ code: 'email_taken', status: 409 });
    expect(await deps.db.selectFrom('users').select('id').execute()).toHaveLength(before.length);
  });

  it('invites an address that has an account at another provider, saying nothing of it (issue 10, finding 5)', async () => {
    const other = await createOrganisation(deps);
    const { userId } = await inviteConsultant(deps, org.admin.actor, {
      firstName: 'Claire',
      lastName: 'Deux',
      email: other.consultant.email,
    });
    expect(userId).not.toBe(other.consultant.id);
    const token = await linkTokenSentTo(other.consultant.email, 'invitation');
    expect(await getInvitation(deps, token)).toMatchObject({ organisationName: org.name, role: 'consultant' });
    const { user } = await acceptInvitation(deps, origin, token, { password: 'ma phrase secrète' });
    expect(user).toMatchObject({ id: userId, organisation: { id: org.id } });
    // The account at the other provider is untouched.
    const theirs = await deps.db
      .selectFrom('users')
      .select(['organisation_id', 'status'])
      .where('id', '=', other.consultant.id)
      .executeTakeFirstOrThrow();
    expect(theirs).toEqual({ organisation_id: other.id, status: 'active' });
  });

  it('lets only admins invite consultants, and only their own organisation’s invitations be revoked', async () => {
    await expect(
      inviteConsultant(deps, org.consultant.actor, { firstName: 'X', lastName: 'Y', email: 'x@exemple.fr' }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    const other = await createOrganisation(deps);
    const { invitationId } = await inviteConsultant(deps, other.admin.actor, {
      firstName: 'Zoé',
      lastName: 'Blanc',
      email: 'zoe.blanc@exemple.fr',
    });
    await expect(revokeInvitation(deps, org.admin.actor, invitationId)).rejects.toMatchObject({
      code: 'not_found',
      status: 404,
    });
    await expect(resendInvitation(deps, org.admin.actor, invitationId)).rejects.toMatchObject({ code: 'not_found' });
    const row = await deps.db
      .selectFrom('invitations')
      .select('status')
      .where('id', '=', invitationId)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('pending');
  });
});
