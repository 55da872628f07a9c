import { beforeEach, describe, expect, it } from 'vitest';
import { depsFor, testDeps, type TestDeps } from '../../../tests/support/deps.ts';
import { call, testApp } from '../../../tests/support/http.ts';
import { createDb } from '../../platform/db/kysely.ts';
import { PASSWORD, createOrganisation, type TestOrganisation } from '../../../tests/support/factories.ts';
import { logIn } from './log-in.ts';
import { logOut } from './log-out.ts';
import { resolveSession } from './resolve-session.ts';

const origin = { ip: '192.0.2.44', userAgent: 'vitest' };
let deps: TestDeps;
let org: TestOrganisation;

beforeEach(async () => {
  deps = testDeps();
  org = await createOrganisation(deps);
});

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

  it('counts 40 parallel wrong passwords exactly and answers at most five of them (issue 10, finding 2)', async () => {
    // A pool of its own, so that the 40 HTTP requests really run side by side against PostgreSQL.
    const db = createDb({ connectionString: process.env.SILLAGE_TEST_DATABASE_URL!, max: 20, onIdleError: () => {} });
    try {
      const app = testApp({ ...depsFor(db), clock: deps.clock });
      const responses = await Promise.all(
        Array.from({ length: 40 }, () =>
          call(app, 'POST', '/api/auth/login', {
            body: { email: org.consultant.email, password: 'pas le bon mot de passe' },
            ip: '192.0.2.60',
          }),
        ),
      );
      const statuses = responses.map((r) => r.status);
      expect(statuses.filter((s) => s === 401)).toHaveLength(5);
      expect(statuses.filter((s) => s === 429)).toHaveLength(35);
      const counted = await db
        .selectFrom('login_throttle')
        .select(['key', 'failures'])
        .where('key', 'in', [`account-ip:${org.consultant.email} 192.0.2.60`, `account:${org.consultant.email}`])
        .execute();
      expect(Object.fromEntries(counted.map((c) => [c.key, c.failures]))).toEqual({
        [`account:${org.consultant.email}`]: 5,
        [`account-ip:${org.consultant.email} 192.0.2.60`]: 5,
      });
      const failed = await db
        .selectFrom('audit_events')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('action', '=', 'auth.login_failed')
        .where('ip', '=', '192.0.2.60')
        .executeTakeFirstOrThrow();
      expect(failed.n).toBe(5);
    } finally {
      await db.destroy();
    }
  });

  it('makes the guessing address wait longer and longer, while the owner signs in from elsewhere (finding 6)', async () => {
    const attacker = { ...origin, ip: '192.0.2.61' };
    const owner = { ...origin, ip: '192.0.2.62' };
    const wrong = { email: org.consultant.email, password: 'pas le bon mot de passe' };
    for (let i = 0; i < 5; i++)
      await expect(logIn(deps, attacker, wrong)).rejects.toMatchObject({ code: 'invalid_credentials' });
    await expect(logIn(deps, attacker, { email: org.consultant.email, password: PASSWORD })).rejects.toMatchObject({
      code: 'login_throttled',
      status: 429,
      message: 'Trop de tentatives de connexion. Par sécurité, la connexion est suspendue : réessayez dans une minute.',
    });
    // The owner, from their own address, is not locked out by the stranger.
    await expect(logIn(deps, owner, { email: org.consultant.email, password: PASSWORD })).resolves.toBeDefined();
    deps.clock.advance(60_000);
    await expect(logIn(deps, attacker, wrong)).rejects.toMatchObject({ code: 'invalid_credentials' });
    await expect(logIn(deps, attacker, wrong)).rejects.toMatchObject({
      code: 'login_throttled',
      details: { retryAfterMinutes: 2 },
    });
    deps.clock.advance(2 * 60_000);
    await expect(logIn(deps, attacker, wrong)).rejects.toMatchObject({ code: 'invalid_credentials' });
    await expect(logIn(deps, attacker, wrong)).rejects.toMatchObject({
      code: 'login_throttled',
      details: { retryAfterMinutes: 4 },
    });
  });

  it('makes an account guessed from many addresses wait minutes at most, and the right password clears it', async () => {
    const wrong = { email: org.admin.email, password: 'pas le bon mot de passe' };
    for (let i = 0; i < 20; i++) {
      await expect(logIn(deps, { ...origin, ip: `192.0.2.${100 + i}` }, wrong)).rejects.toMatchObject({
        code: 'invalid_credentials',
      });
    }
    await expect(
      logIn(deps, { ...origin, ip: '192.0.2.63' }, { email: org.admin.email, password: PASSWORD }),
    ).rejects.toMatchObject({
      code: 'login_throttled',
      details: { retryAfterMinutes: 1 },
    });
    deps.clock.advance(60_000);
    await expect(
      logIn(deps, { ...origin, ip: '192.0.2.63' }, { email: org.admin.email, password: PASSWORD }),
    ).resolves.toBeDefined();
    await expect(logIn(deps, { ...origin, ip: '192.0.2.64' }, wrong)).rejects.toMatchObject({
      code: 'invalid_credentials',
    });
  });

  it('slows an address that tries many accounts only after a hundred attempts', async () => {
    const ip = { ...origin, ip: '192.0.2.65' };
    for (let i = 0; i < 100; i++) {
      await expect(logIn(deps, ip, { email: `inconnu${i}@exemple.fr`, password: 'mauvais' })).rejects.toMatchObject({
        code: 'invalid_credentials',
      });
    }
    await expect(logIn(deps, ip, { email: org.admin.email, password: PASSWORD })).rejects.toMatchObject({
      code: 'login_throttled',
    });
    await expect(
      logIn(deps, { ...ip, ip: '192.0.2.66' }, { email: org.admin.email, password: PASSWORD }),
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
