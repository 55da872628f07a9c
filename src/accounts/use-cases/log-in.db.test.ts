import { beforeEach, describe, expect, it } from 'vitest';
import { testDeps, type TestDeps } from '../../../tests/support/deps.ts';
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
