import { beforeEach, describe, expect, it, vi } from 'vitest';
import { call, testApp } from '../../../tests/support/http.ts';
import { testDeps, type TestDeps } from '../../../tests/support/deps.ts';
import { PASSWORD, createOrganisation, signedIn, type TestOrganisation } from '../../../tests/support/factories.ts';
import { logIn } from './log-in.ts';
import { resolveSession } from './resolve-session.ts';
import { requestPasswordReset as recordRequest } from './request-password-reset.ts';
import { sendPasswordResetLinks } from './send-password-reset-links.ts';
import type { PasswordResetRequest } from '../contracts/schemas.ts';
import type { Origin } from '../../platform/deps.ts';
import { resetPassword } from './reset-password.ts';

const origin = { ip: '192.0.2.44', userAgent: 'vitest' };
let deps: TestDeps;
let org: TestOrganisation;

beforeEach(async () => {
  deps = testDeps();
  org = await createOrganisation(deps);
});

/** Asks for a link and runs the deferred step, as the route and its sweep do. */
async function requestPasswordReset(d: TestDeps, from: Origin, input: PasswordResetRequest): Promise<void> {
  await recordRequest(d, from, input);
  await sendPasswordResetLinks(d, d.clock.now());
}

/** What a request has left in the tables a link or an e-mail would touch. */
async function traces(email: string) {
  const [requests, resets, mails, audits] = await Promise.all([
    deps.db.selectFrom('password_reset_requests').select(['email', 'ip']).where('email', '=', email).execute(),
    deps.db
      .selectFrom('password_resets')
      .innerJoin('users', 'users.id', 'password_resets.user_id')
      .select('password_resets.id')
      .where('users.email', '=', email)
      .execute(),
    deps.db.selectFrom('outbox_emails').select('id').where('to_address', '=', email).execute(),
    deps.db
      .selectFrom('audit_events')
      .select('id')
      .where('action', '=', 'auth.password_reset_requested')
      .where('ip', '=', '192.0.2.80')
      .execute(),
  ]);
  return { requests, resets: resets.length, mails: mails.length, audits: audits.length };
}

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

describe('password reset', () => {
  it('answers a known and an unknown address with the same single insert, and does the work afterwards (issue 10, finding 7)', async () => {
    const from = { ip: '192.0.2.80', userAgent: 'vitest' };
    const queued = deps.queued;
    await recordRequest(deps, from, { email: org.consultant.email });
    await recordRequest(deps, from, { email: 'inconnu@exemple.fr' });
    // The request path looked nothing up, made no link and queued no e-mail, for either address.
    expect(await traces(org.consultant.email)).toEqual({
      requests: [{ email: org.consultant.email, ip: '192.0.2.80' }],
      resets: 0,
      mails: 0,
      audits: 0,
    });
    expect(await traces('inconnu@exemple.fr')).toEqual({
      requests: [{ email: 'inconnu@exemple.fr', ip: '192.0.2.80' }],
      resets: 0,
      mails: 0,
      audits: 0,
    });
    expect(deps.queued).toBe(queued);

    expect(await sendPasswordResetLinks(deps, deps.clock.now())).toEqual({ handled: 2, sent: 1 });
    expect(await traces(org.consultant.email)).toEqual({ requests: [], resets: 1, mails: 1, audits: 1 });
    expect(await traces('inconnu@exemple.fr')).toEqual({ requests: [], resets: 0, mails: 0, audits: 1 });
    expect(deps.queued).toBe(queued + 1);
    // Run again (a sweep, another process): nothing left to do.
    expect(await sendPasswordResetLinks(deps, deps.clock.now())).toEqual({ handled: 0, sent: 0 });
  });

  it('sends the link through the route soon after answering', async () => {
    const response = await call(testApp(deps), 'POST', '/api/auth/password-reset', {
      body: { email: org.consultant.email },
    });
    expect(response.status).toBe(202);
    await vi.waitFor(async () => expect((await traces(org.consultant.email)).mails).toBe(1), { timeout: 5000 });
  });

  it('takes about the same time to answer a known and an unknown address', async () => {
    const time = async (email: string) => {
      const started = performance.now();
      await recordRequest(deps, origin, { email });
      return performance.now() - started;
    };
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 15; i++) {
      known.push(await time(org.admin.email));
      unknown.push(await time(`inconnu${i}@exemple.fr`));
    }
    // Same work on both paths: a single insert (the probe measured 11–527 ms against 4–12 ms before).
    expect(Math.abs(median(known) - median(unknown))).toBeLessThan(Math.max(5, median(unknown)));
    await sendPasswordResetLinks(deps, deps.clock.now());
  });

  it('sends nothing for an unknown address but answers the same', async () => {
    await expect(requestPasswordReset(deps, origin, { email: 'inconnu@exemple.fr' })).resolves.toBeUndefined();
    expect(
      await deps.db.selectFrom('outbox_emails').select('id').where('to_address', '=', 'inconnu@exemple.fr').execute(),
    ).toHaveLength(0);
  });

  it('resets once with the e-mailed link, closes other sessions, and refuses the link afterwards', async () => {
    const old = signedIn(await logIn(deps, origin, { email: org.consultant.email, password: PASSWORD }));
    await requestPasswordReset(deps, origin, { email: org.consultant.email });
    const token = await linkTokenSentTo(org.consultant.email, 'reinitialiser-mot-de-passe');
    await expect(resetPassword(deps, origin, { token, password: 'court' })).rejects.toMatchObject({
      code: 'validation_failed',
      fields: { password: 'Le mot de passe doit contenir au moins 12 caractères.' },
    });
    // Issue 10, finding 8: common and whitespace-only passwords are refused, in French, and the link still works.
    for (const [password, message] of [
      ['password1234', 'Ce mot de passe est trop courant'],
      ['123456789012', 'Ce mot de passe est trop courant'],
      [' '.repeat(12), 'Choisissez un mot de passe qui ne soit pas fait que d’espaces.'],
    ] as const) {
      await expect(resetPassword(deps, origin, { token, password })).rejects.toMatchObject({
        code: 'validation_failed',
        status: 422,
        fields: { password: expect.stringContaining(message) as string },
      });
    }
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

describe('password reset for an e-mail with accounts in several organisations (decision 027)', () => {
  it('sends one message per account, naming its organisation, and each link resets only its account', async () => {
    const other = await createOrganisation(deps);
    const email = org.consultant.email;
    // The same person is also a beneficiary at the other provider; an invited account there gets nothing.
    const theirs = await deps.db
      .insertInto('users')
      .values({
        organisation_id: other.id,
        role: 'beneficiary',
        email,
        first_name: 'Claire',
        last_name: 'Double',
        password_hash: await deps.hasher.hash(PASSWORD),
        status: 'active',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const third = await createOrganisation(deps);
    await deps.db
      .insertInto('users')
      .values({
        organisation_id: third.id,
        role: 'beneficiary',
        email,
        first_name: 'C',
        last_name: 'D',
        status: 'invited',
      })
      .execute();

    await recordRequest(deps, origin, { email });
    expect(await sendPasswordResetLinks(deps, deps.clock.now())).toEqual({ handled: 1, sent: 2 });
    const mails = await deps.db
      .selectFrom('outbox_emails')
      .select(['organisation_id', 'subject', 'text_body'])
      .where('to_address', '=', email)
      .where('kind', '=', 'password_reset')
      .execute();
    expect(mails.map((m) => [m.organisation_id, m.subject]).sort()).toEqual(
      [
        [org.id, `Réinitialisation de votre mot de passe Sillage (${org.name})`],
        [other.id, `Réinitialisation de votre mot de passe Sillage (${other.name})`],
      ].sort(),
    );
    const tokenOf = (organisationId: string) =>
      /reinitialiser-mot-de-passe\/([A-Za-z0-9_-]+)/.exec(
        mails.find((m) => m.organisation_id === organisationId)!.text_body,
      )![1]!;

    const { user } = await resetPassword(deps, origin, {
      token: tokenOf(other.id),
      password: 'un tout nouveau secret',
    });
    expect(user).toMatchObject({ id: theirs.id, organisation: { id: other.id, name: other.name } });
    // The consultant account at the first provider keeps its password; each signs in with its own.
    expect(signedIn(await logIn(deps, origin, { email, password: PASSWORD })).user.id).toBe(org.consultant.id);
    expect(signedIn(await logIn(deps, origin, { email, password: 'un tout nouveau secret' })).user.id).toBe(theirs.id);
    const changed = await deps.db
      .selectFrom('outbox_emails')
      .select(['organisation_id', 'text_body'])
      .where('to_address', '=', email)
      .where('kind', '=', 'password_changed')
      .execute();
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatchObject({ organisation_id: other.id });
    expect(changed[0]!.text_body).toContain(`votre compte Sillage chez ${other.name}`);
  });
});
