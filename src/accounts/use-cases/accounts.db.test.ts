import { beforeEach, describe, expect, it } from 'vitest';
import { hashToken } from '../../platform/security/tokens.ts';
import { testDeps, type TestDeps } from '../../../tests/support/deps.ts';
import { PASSWORD, createOrganisation, type TestOrganisation } from '../../../tests/support/factories.ts';
import { logIn } from './log-in.ts';
import { logOut } from './log-out.ts';
import { resolveSession } from './resolve-session.ts';
import { requestPasswordReset } from './request-password-reset.ts';
import { resetPassword } from './reset-password.ts';
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

describe('login', () => {
  it('opens a session for the right password and resolves it', async () => {
    const { token, user } = await logIn(deps, origin, { email: org.consultant.email, password: PASSWORD });
    expect(user).toMatchObject({ id: org.consultant.id, role: 'consultant', organisation: { id: org.id } });
    const session = await resolveSession(deps, token, origin);
    expect(session?.actor).toMatchObject({ userId: org.consultant.id, organisationId: org.id, role: 'consultant' });
  });

  it('gives the same answer for a wrong password and an unknown e-mail, and audits both', async () => {
    const [wrong, unknown] = await Promise.allSettled([
      logIn(deps, origin, { email: org.consultant.email, password: 'pas le bon mot de passe' }),
      logIn(deps, origin, { email: 'personne@exemple.fr', password: 'pas le bon mot de passe' }),
    ]);
    for (const outcome of [wrong, unknown]) {
      expect(outcome).toMatchObject({
        status: 'rejected',
        reason: { code: 'invalid_credentials', status: 401, message: 'Adresse e-mail ou mot de passe incorrect.' },
      });
    }
    const failures = await deps.db
      .selectFrom('audit_events')
      .select(['organisation_id', 'details'])
      .where('action', '=', 'auth.login_failed')
      .where('ip', '=', origin.ip)
      .execute();
    expect(failures.map((f) => f.details)).toEqual(
      expect.arrayContaining([{ reason: 'wrong_password' }, { reason: 'unknown_account' }]),
    );
  });

  it('blocks an account after five failures, even with the right password, then lets it in after fifteen minutes', async () => {
    const ip = { ...origin, ip: '192.0.2.45' };
    for (let i = 0; i < 5; i++) {
      await expect(
        logIn(deps, { ...ip, ip: `192.0.2.${100 + i}` }, { email: org.consultant.email, password: 'mauvais' }),
      ).rejects.toMatchObject({ code: 'invalid_credentials' });
    }
    await expect(logIn(deps, ip, { email: org.consultant.email, password: PASSWORD })).rejects.toMatchObject({
      code: 'login_throttled',
      status: 429,
      message: 'Trop de tentatives de connexion. Par sécurité, la connexion est suspendue : réessayez dans 15 minutes.',
    });
    deps.clock.advance(15 * 60_000);
    await expect(logIn(deps, ip, { email: org.consultant.email, password: PASSWORD })).resolves.toMatchObject({
      user: { id: org.consultant.id },
    });
  });

  it('blocks an IP that tries many accounts', async () => {
    const ip = { ...origin, ip: '192.0.2.46' };
    for (let i = 0; i < 30; i++) {
      await expect(logIn(deps, ip, { email: `inconnu${i}@exemple.fr`, password: 'mauvais' })).rejects.toMatchObject({
        code: 'invalid_credentials',
      });
    }
    await expect(logIn(deps, ip, { email: org.admin.email, password: PASSWORD })).rejects.toMatchObject({
      code: 'login_throttled',
    });
    await expect(
      logIn(deps, { ...ip, ip: '192.0.2.47' }, { email: org.admin.email, password: PASSWORD }),
    ).resolves.toBeDefined();
  });

  it('logs out for good: the cookie no longer resolves', async () => {
    const { token } = await logIn(deps, origin, { email: org.admin.email, password: PASSWORD });
    await logOut(deps, org.admin.actor, token);
    expect(await resolveSession(deps, token, origin)).toBeUndefined();
  });

  it('expires a session after four idle hours, and slides it while in use', async () => {
    const { token } = await logIn(deps, origin, { email: org.admin.email, password: PASSWORD });
    deps.clock.advance(3 * 60 * 60_000);
    expect(await resolveSession(deps, token, origin)).toBeDefined();
    deps.clock.advance(3 * 60 * 60_000);
    expect(await resolveSession(deps, token, origin)).toBeDefined();
    deps.clock.advance(4 * 60 * 60_000 + 1);
    expect(await resolveSession(deps, token, origin)).toBeUndefined();
  });
});

describe('password reset', () => {
  it('sends nothing for an unknown address but answers the same', async () => {
    await expect(requestPasswordReset(deps, origin, { email: 'inconnu@exemple.fr' })).resolves.toBeUndefined();
    expect(
      await deps.db.selectFrom('outbox_emails').select('id').where('to_address', '=', 'inconnu@exemple.fr').execute(),
    ).toHaveLength(0);
  });

  it('resets once with the e-mailed link, closes other sessions, and refuses the link afterwards', async () => {
    const old = await logIn(deps, origin, { email: org.consultant.email, password: PASSWORD });
    await requestPasswordReset(deps, origin, { email: org.consultant.email });
    const token = await linkTokenSentTo(org.consultant.email, 'reinitialiser-mot-de-passe');
    await expect(resetPassword(deps, origin, { token, password: 'court' })).rejects.toMatchObject({
      code: 'validation_failed',
      fields: { password: 'Le mot de passe doit contenir au moins 12 caractères.' },
    });
    const { user } = await resetPassword(deps, origin, { token, password: 'un tout nouveau secret' });
    expect(user.id).toBe(org.consultant.id);
    expect(await resolveSession(deps, old.token, origin)).toBeUndefined();
    await expect(
      logIn(deps, origin, { email: org.consultant.email, password: 'un tout nouveau secret' }),
    ).resolves.toBeDefined();
    await expect(resetPassword(deps, origin, { token, password: 'encore un autre secret' })).rejects.toMatchObject({
      code: 'reset_invalid',
      status: 410,
    });
  });

  it('refuses a link after one hour', async () => {
    await requestPasswordReset(deps, origin, { email: org.admin.email });
    const token = await linkTokenSentTo(org.admin.email, 'reinitialiser-mot-de-passe');
    deps.clock.advance(60 * 60_000);
    await expect(resetPassword(deps, origin, { token, password: 'un tout nouveau secret' })).rejects.toMatchObject({
      code: 'reset_invalid',
    });
  });
});

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

  it('refuses an address that already has an account, changing nothing', async () => {
    const before = await deps.db.selectFrom('users').select('id').execute();
    await expect(
      inviteConsultant(deps, org.admin.actor, { firstName: 'X', lastName: 'Y', email: org.consultant.email }),
    ).rejects.toMatchObject({ code: 'email_taken', status: 409 });
    expect(await deps.db.selectFrom('users').select('id').execute()).toHaveLength(before.length);
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
