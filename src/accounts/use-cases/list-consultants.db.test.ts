import { describe, expect, it } from 'vitest';
import { testDeps } from '../../../tests/support/deps.ts';
import { createOrganisation, createUser } from '../../../tests/support/factories.ts';
import { createBilan } from '../../bilans/use-cases/create-bilan.ts';
import { inviteConsultant } from './invitations/invite-consultant.ts';
import { listConsultants } from './list-consultants.ts';

describe('the admin’s team', () => {
  it('lists each consultant once, with their open bilans and their latest invitation', async () => {
    const deps = testDeps();
    const org = await createOrganisation(deps);
    const other = await createOrganisation(deps);
    const idle = await createUser(deps, org.id, 'consultant', 'idle');
    const bilan = (n: number) =>
      createBilan(deps, org.consultant.actor, {
        beneficiary: { firstName: 'Paul', lastName: `Bilan${n}`, email: `paul.${n}.${org.id}@exemple.fr` },
        financing: 'opco',
        plannedHours: 1200,
      });
    await bilan(1);
    await bilan(2);
    const ended = await bilan(3);
    await deps.db.updateTable('bilans').set({ phase: 'abandonne' }).where('id', '=', ended.bilanId).execute();
    await createBilan(deps, other.consultant.actor, {
      beneficiary: { firstName: 'Léa', lastName: 'Ailleurs', email: `lea.${other.id}@exemple.fr` },
      financing: 'opco',
      plannedHours: 1200,
    });
    const { userId: invitedId, invitationId } = await inviteConsultant(deps, org.admin.actor, {
      firstName: 'Nina',
      lastName: 'Invitée',
      email: `nina.${org.id}@exemple.fr`,
    });
    await inviteConsultant(deps, org.admin.actor, {
      firstName: 'Nina',
      lastName: 'Autre',
      email: `nina.autre.${org.id}@exemple.fr`,
    }).then(({ invitationId: id }) =>
      deps.db.updateTable('invitations').set({ status: 'revoked' }).where('id', '=', id).execute(),
    );

    const team = await listConsultants(deps, org.admin.actor);
    expect(team).toHaveLength(4);
    const byId = new Map(team.map((c) => [c.id, c]));
    expect(byId.get(org.consultant.id)).toMatchObject({
      status: 'active',
      openBilans: 2,
      invitation: { id: '', state: 'none', expiresAt: null },
    });
    expect(byId.get(idle.id)).toMatchObject({ openBilans: 0 });
    expect(byId.get(invitedId)).toMatchObject({
      status: 'invited',
      openBilans: 0,
      invitation: { id: invitationId, state: 'pending' },
    });
    expect(team.find((c) => c.lastName === 'Autre')?.invitation.state).toBe('revoked');
  });
});
