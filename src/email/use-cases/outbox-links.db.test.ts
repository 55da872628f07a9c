/**
 * The outbox and personal links (decision 026). On a trial installation (no e-mail server) the
 * outbox is the way to pass a link on: the list never shows it, and opening a message that carries
 * one is recorded in the audit log, without its content. A link leaves the stored message once it
 * has expired, or once delivery is given up.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { testDeps, type TestDeps } from '../../../tests/support/deps.ts';
import { call, loginAs, testApp } from '../../../tests/support/http.ts';
import { createOrganisation, type TestOrganisation } from '../../../tests/support/factories.ts';
import { recordingTransport } from '../../platform/email/transport.ts';
import type { App } from '../../app/http.ts';
import { inviteConsultant } from '../../accounts/use-cases/invitations/invite-consultant.ts';
import { composeEmail } from '../domain/message.ts';
import { MAX_ATTEMPTS } from '../domain/delivery.ts';
import { deliverPendingEmails } from './deliver-pending-emails.ts';
import { removeExpiredLinks } from './remove-expired-links.ts';
import { enqueueEmail } from '../data/outbox.ts';

const DAY = 86_400_000;
let deps: TestDeps;
let app: App;
let org: TestOrganisation;
let admin: string;
let n = 0;

beforeEach(async () => {
  deps = testDeps();
  app = testApp(deps);
  org = await createOrganisation(deps);
  admin = await loginAs(app, org.admin.email);
});

/** Invites a consultant; returns the message and the link's token (read from the database). */
async function invite(): Promise<{ id: string; token: string; to: string }> {
  const to = `invitee.${++n}.${org.id.slice(0, 8)}@exemple.fr`;
  await inviteConsultant(deps, org.admin.actor, { firstName: 'Léa', lastName: 'Roux', email: to });
  const row = await deps.db
    .selectFrom('outbox_emails')
    .select(['id', 'text_body'])
    .where('to_address', '=', to)
    .executeTakeFirstOrThrow();
  const token = /\/invitation\/([A-Za-z0-9_-]{43})/.exec(row.text_body)?.[1];
  if (!token) throw new Error('The invitation carries no link');
  return { id: row.id, token, to };
}

const viewings = () =>
  deps.db
    .selectFrom('audit_events')
    .select(['actor_user_id', 'subject_type', 'subject_id', 'details'])
    .where('action', '=', 'outbox.message_viewed')
    .where('organisation_id', '=', org.id)
    .execute();

describe('the outbox of a trial installation', () => {
  it('lists no personal link; opening the message shows it and is audited, without its content', async () => {
    const { id, token } = await invite();
    await deps.outbox.enqueue(
      deps.db,
      {
        organisationId: org.id,
        kind: 'note',
        to: 'quelqu.un@exemple.fr',
        message: composeEmail({
          subject: 'Note',
          greeting: 'Bonjour,',
          paragraphs: ['Rien de secret.'],
          signature: 'S',
        }),
      },
      deps.clock.now(),
    );

    const list = await call(app, 'GET', '/api/admin/outbox', { cookie: admin });
    expect(list.status).toBe(200);
    expect(list.text).not.toContain(token);
    const invitation = list.body.messages.find((m: { id: string }) => m.id === id);
    expect(invitation).toMatchObject({ access: 'on_request', text: null, personalLink: true });
    const note = list.body.messages.find((m: { kind: string }) => m.kind === 'note');
    expect(note).toMatchObject({ access: 'listed', personalLink: false });
    expect(note.text).toContain('Rien de secret.');
    expect(await viewings()).toEqual([]);

    const opened = await call(app, 'GET', `/api/admin/outbox/${id}`, { cookie: admin });
    expect(opened.status).toBe(200);
    expect(opened.body.text).toContain(`/invitation/${token}`);
    const events = await viewings();
    expect(events).toEqual([
      {
        actor_user_id: org.admin.id,
        subject_type: 'email',
        subject_id: id,
        details: { kind: 'invitation_consultant' },
      },
    ]);

    // Opening a message without a personal link records nothing.
    await call(app, 'GET', `/api/admin/outbox/${note.id}`, { cookie: admin });
    expect(await viewings()).toHaveLength(1);
    // Nobody else opens it: a consultant is refused, another organisation's admin finds nothing.
    expect(
      (await call(app, 'GET', `/api/admin/outbox/${id}`, { cookie: await loginAs(app, org.consultant.email) })).status,
    ).toBe(403);
    const other = await createOrganisation(deps);
    const otherAdmin = await loginAs(app, other.admin.email);
    const refused = await call(app, 'GET', `/api/admin/outbox/${id}`, { cookie: otherAdmin });
    expect(refused.status).toBe(404);
    expect(refused.text).not.toContain(token);
    expect(await viewings()).toHaveLength(1);
  });

  it('never shows a password-reset link, even when opened', async () => {
    await deps.outbox.enqueue(
      deps.db,
      {
        organisationId: org.id,
        kind: 'password_reset',
        to: org.consultant.email,
        message: composeEmail({
          subject: 'Réinitialisation',
          greeting: 'Bonjour,',
          paragraphs: [],
          action: { label: 'Choisir', url: 'http://localhost:3000/reinitialiser-mot-de-passe/secret-token-0123456789' },
          signature: 'S',
        }),
        personalLink: {
          url: 'http://localhost:3000/reinitialiser-mot-de-passe/secret-token-0123456789',
          expiresAt: new Date(deps.clock.now().getTime() + 3_600_000),
        },
      },
      deps.clock.now(),
    );
    const list = await call(app, 'GET', '/api/admin/outbox', { cookie: admin });
    const reset = list.body.messages.find((m: { kind: string }) => m.kind === 'password_reset');
    expect(reset).toMatchObject({ access: 'withheld', text: null });
    const opened = await call(app, 'GET', `/api/admin/outbox/${reset.id}`, { cookie: admin });
    expect(opened.body).toEqual({ text: null });
    expect(list.text + opened.text).not.toContain('secret-token');
  });

  it('removes an expired link from the stored message, once, and then shows the message without it', async () => {
    const { id, token } = await invite();
    const linkOf = async () =>
      (await deps.db.selectFrom('outbox_emails').select('link_url').where('id', '=', id).executeTakeFirstOrThrow())
        .link_url;
    await removeExpiredLinks(deps, new Date(deps.clock.now().getTime() + 7 * DAY - 1));
    expect(await linkOf()).toContain(token);
    const later = new Date(deps.clock.now().getTime() + 7 * DAY);
    expect((await removeExpiredLinks(deps, later)).removed).toBeGreaterThanOrEqual(1);
    expect(await removeExpiredLinks(deps, later)).toEqual({ removed: 0 });
    const row = await deps.db.selectFrom('outbox_emails').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain(token);
    expect(row).toMatchObject({ link_url: null, link_removed_at: later, status: 'pending' });
    expect(row.text_body).toContain('[lien personnel retiré]');
    const opened = await call(app, 'GET', `/api/admin/outbox/${id}`, { cookie: admin });
    expect(opened.body.text).toContain('[lien personnel retiré]');
    expect(await viewings()).toEqual([]);
  });
});

describe('the outbox with an e-mail server', () => {
  it('masks a link not yet delivered, and removes it when delivery is given up', async () => {
    deps.mailDelivery = 'smtp';
    const { id, token } = await invite();
    const list = await call(app, 'GET', '/api/admin/outbox', { cookie: admin });
    expect(list.text).not.toContain(token);
    expect(list.body.messages.find((m: { id: string }) => m.id === id)).toMatchObject({
      access: 'listed',
      personalLink: true,
    });
    expect(list.body.messages.find((m: { id: string }) => m.id === id).text).toContain('[lien personnel masqué]');
    const transport = recordingTransport();
    transport.failNext = 1000;
    for (let i = 0; i < MAX_ATTEMPTS; i++) await deliverPendingEmails(deps, transport, deps.clock.now());
    const row = await deps.db.selectFrom('outbox_emails').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.status).toBe('failed');
    expect(JSON.stringify(row)).not.toContain(token);
    expect(row.html_body).toContain('[lien personnel retiré]');
  });
});

describe('a message carrying a link it does not declare', () => {
  it('is refused when written, so that no new kind of link escapes the redaction', async () => {
    const token = 'A'.repeat(43);
    const message = composeEmail({
      subject: 'Un lien',
      greeting: 'Bonjour,',
      paragraphs: ['Voici votre lien.'],
      action: { label: 'Ouvrir', url: `http://localhost:3000/nouveau/${token}` },
      signature: 'L’équipe',
    });
    const before = await deps.db
      .selectFrom('outbox_emails')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    await expect(
      enqueueEmail(deps.db, { organisationId: org.id, kind: 'test', to: 'x@exemple.fr', message }, deps.clock.now()),
    ).rejects.toThrow('does not declare');
    await enqueueEmail(
      deps.db,
      {
        organisationId: org.id,
        kind: 'test',
        to: 'x@exemple.fr',
        message,
        personalLink: {
          url: `http://localhost:3000/nouveau/${token}`,
          expiresAt: new Date(deps.clock.now().getTime() + DAY),
        },
      },
      deps.clock.now(),
    );
    const after = await deps.db
      .selectFrom('outbox_emails')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n) + 1);
  });
});
