import { beforeEach, describe, expect, it } from 'vitest';
import { recordingTransport } from '../platform/email/transport.ts';
import { testDeps, type TestDeps } from '../../tests/support/deps.ts';
import { PASSWORD, createOrganisation, type TestOrganisation } from '../../tests/support/factories.ts';
import { inviteConsultant } from '../accounts/use-cases/invitations/invite-consultant.ts';
import { logIn } from '../accounts/use-cases/log-in.ts';
import { sweepExpiredAccess } from '../accounts/use-cases/sweep-expired-access.ts';
import { deliverPendingEmails } from '../email/use-cases/deliver-pending-emails.ts';
import { MAX_ATTEMPTS } from '../email/domain/delivery.ts';

let deps: TestDeps;
let org: TestOrganisation;
const DAY = 24 * 60 * 60_000;

beforeEach(async () => {
  deps = testDeps();
  org = await createOrganisation(deps);
});

describe('expired access sweep', () => {
  it('expires invitations after 7 days and purges expired sessions, once: a second run does nothing', async () => {
    const { invitationId } = await inviteConsultant(deps, org.admin.actor, {
      firstName: 'Ana',
      lastName: 'Gomez',
      email: 'ana.gomez@exemple.fr',
    });
    await logIn(deps, { ip: '192.0.2.9', userAgent: null }, { email: org.admin.email, password: PASSWORD });

    // Four idle hours end the session; the invitation is still valid one millisecond before 7 days.
    const early = await sweepExpiredAccess(deps, new Date(deps.clock.now().getTime() + 7 * DAY - 1));
    expect(early.invitationsExpired).toBe(0);
    expect(early.sessionsPurged).toBeGreaterThanOrEqual(1);

    const later = new Date(deps.clock.now().getTime() + 7 * DAY);
    const first = await sweepExpiredAccess(deps, later);
    expect(first).toMatchObject({ invitationsExpired: 1, sessionsPurged: 0 });
    const second = await sweepExpiredAccess(deps, later);
    expect(second).toMatchObject({ invitationsExpired: 0, sessionsPurged: 0 });

    const invitation = await deps.db
      .selectFrom('invitations')
      .select('status')
      .where('id', '=', invitationId)
      .executeTakeFirstOrThrow();
    expect(invitation.status).toBe('expired');
    const audited = await deps.db
      .selectFrom('audit_events')
      .select(['actor_role', 'subject_id'])
      .where('action', '=', 'invitation.expired')
      .where('organisation_id', '=', org.id)
      .execute();
    expect(audited).toEqual([{ actor_role: 'system', subject_id: invitationId }]);
  });
});

describe('e-mail delivery', () => {
  it('sends each pending e-mail once, whatever the number of runs', async () => {
    await inviteConsultant(deps, org.admin.actor, {
      firstName: 'Ana',
      lastName: 'Gomez',
      email: 'ana.gomez2@exemple.fr',
    });
    const transport = recordingTransport();
    const runs = await Promise.all([
      deliverPendingEmails(deps, transport, deps.clock.now()),
      deliverPendingEmails(deps, transport, deps.clock.now()),
    ]);
    await deliverPendingEmails(deps, transport, deps.clock.now());
    expect(transport.sent.filter((m) => m.to === 'ana.gomez2@exemple.fr')).toHaveLength(1);
    expect(runs.reduce((n, r) => n + r.sent, 0)).toBeGreaterThanOrEqual(1);
    const row = await deps.db
      .selectFrom('outbox_emails')
      .select(['status', 'sent_at'])
      .where('to_address', '=', 'ana.gomez2@exemple.fr')
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('sent');
  });

  it('retries a failing message, then marks it failed and keeps it readable', async () => {
    await inviteConsultant(deps, org.admin.actor, {
      firstName: 'Ana',
      lastName: 'Gomez',
      email: 'ana.gomez3@exemple.fr',
    });
    const transport = recordingTransport();
    transport.failNext = 1000;
    for (let i = 0; i < MAX_ATTEMPTS + 2; i++) await deliverPendingEmails(deps, transport, deps.clock.now());
    const row = await deps.db
      .selectFrom('outbox_emails')
      .select(['status', 'attempts', 'last_error'])
      .where('to_address', '=', 'ana.gomez3@exemple.fr')
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'failed', attempts: MAX_ATTEMPTS, last_error: 'SMTP indisponible (simulé)' });
  });
});
