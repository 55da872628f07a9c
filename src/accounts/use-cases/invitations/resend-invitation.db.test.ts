/**
 * « Renvoyer » for invitations (decision 026): the person who sends an invitation sends a new link
 * (an admin for consultants, a consultant for their beneficiaries), the previous link is refused
 * in French, and an expired invitation stays within reach so that it can be sent again.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { testDeps, type TestDeps } from '../../../../tests/support/deps.ts';
import { createOrganisation, type TestOrganisation } from '../../../../tests/support/factories.ts';
import { createBilan } from '../../../bilans/use-cases/create-bilan.ts';
import { sweepExpiredAccess } from '../sweep-expired-access.ts';
import { acceptInvitation } from './accept-invitation.ts';
import { getInvitation } from './get-invitation.ts';
import { inviteConsultant } from './invite-consultant.ts';
import { listPendingInvitations } from './list-pending-invitations.ts';
import { resendInvitation } from './resend-invitation.ts';
import { revokeInvitation } from './revoke-invitation.ts';

const DAY = 86_400_000;
const origin = { ip: '192.0.2.44', userAgent: 'vitest' };
let deps: TestDeps;
let org: TestOrganisation;

beforeEach(async () => {
  deps = testDeps();
  org = await createOrganisation(deps);
});

/** The token of the last invitation e-mailed to `to` (a trial installation: from the outbox). */
async function tokenSentTo(to: string): Promise<string> {
  const mail = await deps.db
    .selectFrom('outbox_emails')
    .select('text_body')
    .where('to_address', '=', to)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow();
  return /\/invitation\/([A-Za-z0-9_-]+)/.exec(mail.text_body)![1]!;
}

const address = (name: string) => `${name}.${org.id.slice(0, 8)}@exemple.fr`;

describe('sending an invitation again', () => {
  it('lets the consultant send their beneficiary a new link; the old one is refused in French', async () => {
    const email = address('paul');
    const { beneficiaryId } = await createBilan(deps, org.consultant.actor, {
      beneficiary: { firstName: 'Paul', lastName: 'Martin', email },
      financing: 'opco',
      plannedHours: 1200,
    });
    const first = await tokenSentTo(email);
    const invitation = await deps.db
      .selectFrom('invitations')
      .select('id')
      .where('user_id', '=', beneficiaryId)
      .executeTakeFirstOrThrow();

    // The admin does not send (nor cancel) a beneficiary's invitation: it is not theirs.
    await expect(resendInvitation(deps, org.admin.actor, invitation.id)).rejects.toMatchObject({ status: 404 });
    await expect(revokeInvitation(deps, org.admin.actor, invitation.id)).rejects.toMatchObject({ status: 404 });
    expect(await tokenSentTo(email)).toBe(first);

    deps.clock.advance(60_000);
    await resendInvitation(deps, org.consultant.actor, invitation.id);
    const second = await tokenSentTo(email);
    expect(second).not.toBe(first);
    await expect(getInvitation(deps, first)).rejects.toMatchObject({
      status: 410,
      message: expect.stringContaining('remplacée par un lien plus récent'),
    });
    const { user } = await acceptInvitation(deps, origin, second, { password: 'ma phrase secrète' });
    expect(user).toMatchObject({ role: 'beneficiary', email });
  });

  it('keeps an expired consultant invitation in the admin’s list, to send a new link', async () => {
    const email = address('lea');
    await inviteConsultant(deps, org.admin.actor, { firstName: 'Léa', lastName: 'Roux', email });
    await createBilan(deps, org.consultant.actor, {
      beneficiary: { firstName: 'Paul', lastName: 'Martin', email: address('paul2') },
      financing: 'opco',
      plannedHours: 1200,
    });
    const first = await tokenSentTo(email);
    // Beneficiaries' invitations are their consultants' business: not in the admin's list.
    expect((await listPendingInvitations(deps, org.admin.actor)).map((i) => i.email)).toEqual([email]);

    deps.clock.advance(7 * DAY);
    await sweepExpiredAccess(deps, deps.clock.now());
    await expect(getInvitation(deps, first)).rejects.toMatchObject({
      status: 410,
      message: 'Cette invitation a expiré. Demandez à la personne qui vous a invité·e de vous envoyer un nouveau lien.',
    });
    const [expired] = await listPendingInvitations(deps, org.admin.actor);
    expect(expired).toMatchObject({ email, expired: true });

    await resendInvitation(deps, org.admin.actor, expired!.id);
    const listed = await listPendingInvitations(deps, org.admin.actor);
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ email, expired: false });
    expect(await getInvitation(deps, await tokenSentTo(email))).toMatchObject({ email, role: 'consultant' });
  });

  it('keeps a cancelled consultant invitation in the admin’s list, so the team page’s « renvoyez-la » leads somewhere', async () => {
    const email = address('ines');
    const { invitationId } = await inviteConsultant(deps, org.admin.actor, {
      firstName: 'Inès',
      lastName: 'Moreau',
      email,
    });
    await revokeInvitation(deps, org.admin.actor, invitationId);
    const [cancelled] = await listPendingInvitations(deps, org.admin.actor);
    expect(cancelled).toMatchObject({ id: invitationId, email, cancelled: true, expired: false });

    deps.clock.advance(60_000);
    await resendInvitation(deps, org.admin.actor, invitationId);
    const [again] = await listPendingInvitations(deps, org.admin.actor);
    expect(again).toMatchObject({ email, cancelled: false, expired: false });
    expect(await getInvitation(deps, await tokenSentTo(email))).toMatchObject({ email, role: 'consultant' });
  });
});
