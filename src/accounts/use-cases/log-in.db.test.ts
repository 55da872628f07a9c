import { beforeEach, describe, expect, it } from 'vitest';
import { depsFor, testDeps, type TestDeps } from '../../../tests/support/deps.ts';
import { call, testApp } from '../../../tests/support/http.ts';
import { createDb } from '../../platform/db/kysely.ts';
import { PASSWORD, createOrganisation, signedIn, type TestOrganisation } from '../../../tests/support/factories.ts';
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
    const { token, user } = signedIn(await logIn(deps, origin, { email: org.consultant.email, password: PASSWORD }));
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
    const { token } = signedIn(await logIn(deps, origin, { email: org.admin.email, password: PASSWORD }));
    await logOut(deps, org.admin.actor, token);
    expect(await resolveSession(deps, token, origin)).toBeUndefined();
  });

  it('expires a session after four idle hours, and slides it while in use', async () => {
    const { token } = signedIn(await logIn(deps, origin, { email: org.admin.email, password: PASSWORD }));
    deps.clock.advance(3 * 60 * 60_000);
    expect(await resolveSession(deps, token, origin)).toBeDefined();
    deps.clock.advance(3 * 60 * 60_000);
    expect(await resolveSession(deps, token, origin)).toBeDefined();
    deps.clock.advance(4 * 60 * 60_000 + 1);
    expect(await resolveSession(deps, token, origin)).toBeUndefined();
  });
});

describe('one e-mail with accounts in several organisations (issue 10, finding 5; decision 027)', () => {
  let email: string;
  let orgs: TestOrganisation[];

  /** Camille: a beneficiary at each organisation, with the password given for each (null: invited, none yet). */
  async function camille(passwords: (string | null)[]): Promise<string[]> {
    orgs = [];
    email = `camille.${Math.random().toString(36).slice(2, 8)}@exemple.fr`;
    const ids: string[] = [];
    for (const password of passwords) {
      const organisation = await createOrganisation(deps);
      orgs.push(organisation);
      const row = await deps.db
        .insertInto('users')
        .values({
          organisation_id: organisation.id,
          role: 'beneficiary',
          email,
          first_name: 'Camille',
          last_name: 'Double',
          password_hash: password === null ? null : await deps.hasher.hash(password),
          status: password === null ? 'invited' : 'active',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      ids.push(row.id);
    }
    return ids;
  }

  it('signs in directly to the one account whose password matches', async () => {
    const [, second] = await camille(['le secret de la première', 'le secret de la seconde', null]);
    const outcome = signedIn(await logIn(deps, origin, { email, password: 'le secret de la seconde' }));
    expect(outcome.user).toMatchObject({ id: second, organisation: { id: orgs[1]!.id, name: orgs[1]!.name } });
    const events = await deps.db
      .selectFrom('audit_events')
      .select(['organisation_id', 'action'])
      .where(
        'organisation_id',
        'in',
        orgs.map((o) => o.id),
      )
      .execute();
    // Only the organisation signed in to hears of it: no failure is written in the others' journals.
    expect(events).toEqual([{ organisation_id: orgs[1]!.id, action: 'auth.login_succeeded' }]);
  });

  it('asks which organisation when the password opens several, listing only those, then signs in to the one chosen', async () => {
    const [first, , third] = await camille(['un secret partagé ici', 'un tout autre secret', 'un secret partagé ici']);
    const outcome = await logIn(deps, origin, { email, password: 'un secret partagé ici' });
    expect(outcome).toEqual({
      kind: 'choose_organisation',
      organisations: expect.arrayContaining([
        { id: orgs[0]!.id, name: orgs[0]!.name },
        { id: orgs[2]!.id, name: orgs[2]!.name },
      ]) as unknown,
    });
    if (outcome.kind !== 'choose_organisation') throw new Error('unreachable');
    expect(outcome.organisations).toHaveLength(2);
    // No session was opened by the first step.
    expect(
      await deps.db.selectFrom('auth_sessions').select('user_id').where('user_id', 'in', [first!, third!]).execute(),
    ).toEqual([]);

    const chosen = signedIn(
      await logIn(deps, origin, { email, password: 'un secret partagé ici', organisationId: orgs[2]!.id }),
    );
    expect(chosen.user).toMatchObject({ id: third, organisation: { id: orgs[2]!.id } });
    // Naming an organisation whose account has another password, or none, is a plain wrong password.
    for (const organisationId of [orgs[1]!.id, org.id]) {
      await expect(
        logIn(deps, origin, { email, password: 'un secret partagé ici', organisationId }),
      ).rejects.toMatchObject({ code: 'invalid_credentials', status: 401 });
    }
  });

  it('answers a wrong password as for an unknown e-mail, checking each account once, side by side', async () => {
    await camille(['le secret de la première', 'le secret de la seconde', null]);
    const checked: string[] = [];
    let running = 0;
    let mostAtOnce = 0;
    const counting = {
      ...deps,
      hasher: {
        ...deps.hasher,
        verify: async (hash: string, password: string) => {
          checked.push(hash);
          mostAtOnce = Math.max(mostAtOnce, ++running);
          try {
            return await deps.hasher.verify(hash, password);
          } finally {
            running--;
          }
        },
      },
    };
    await expect(logIn(counting, origin, { email, password: 'aucun des deux' })).rejects.toMatchObject({
      code: 'invalid_credentials',
      message: 'Adresse e-mail ou mot de passe incorrect.',
    });
    // Three accounts, three checks at once (the invited one against the decoy): about the time of
    // one; an unknown address, one check.
    expect(checked).toHaveLength(3);
    expect(mostAtOnce).toBe(3);
    checked.length = 0;
    await expect(
      logIn(counting, origin, { email: 'personne.ici@exemple.fr', password: 'aucun' }),
    ).rejects.toMatchObject({ code: 'invalid_credentials', message: 'Adresse e-mail ou mot de passe incorrect.' });
    expect(checked).toHaveLength(1);
    // Each organisation's journal records the failure against its own account only.
    const failures = await deps.db
      .selectFrom('audit_events')
      .select(['organisation_id', 'details'])
      .where('action', '=', 'auth.login_failed')
      .where(
        'organisation_id',
        'in',
        orgs.map((o) => o.id),
      )
      .orderBy('id')
      .execute();
    expect(Object.fromEntries(failures.map((f) => [f.organisation_id, f.details]))).toEqual({
      [orgs[0]!.id]: { reason: 'wrong_password' },
      [orgs[1]!.id]: { reason: 'wrong_password' },
      [orgs[2]!.id]: { reason: 'inactive_account' },
    });
    expect(failures).toHaveLength(3);
  });

  it('counts one attempt per try against the e-mail, whatever the number of its accounts (decision 023)', async () => {
    await camille(['le secret de la première', 'le secret de la seconde']);
    const attacker = { ...origin, ip: '192.0.2.70' };
    for (let i = 0; i < 5; i++) {
      await expect(logIn(deps, attacker, { email, password: 'pas le bon' })).rejects.toMatchObject({
        code: 'invalid_credentials',
      });
    }
    await expect(logIn(deps, attacker, { email, password: 'le secret de la première' })).rejects.toMatchObject({
      code: 'login_throttled',
    });
    const counted = await deps.db
      .selectFrom('login_throttle')
      .select(['key', 'failures'])
      .where('key', 'in', [`account-ip:${email} 192.0.2.70`, `account:${email}`])
      .execute();
    expect(Object.fromEntries(counted.map((c) => [c.key, c.failures]))).toEqual({
      [`account:${email}`]: 5,
      [`account-ip:${email} 192.0.2.70`]: 5,
    });
    const blocked = await deps.db
      .selectFrom('audit_events')
      .select('organisation_id')
      .where('action', '=', 'auth.login_blocked')
      .where('ip', '=', '192.0.2.70')
      .execute();
    expect(blocked.map((b) => b.organisation_id).sort()).toEqual(orgs.map((o) => o.id).sort());
    // The owner, from their own address, signs in; the right password clears the e-mail's counters,
    // also when it only leads to the choice of an organisation.
    await expect(logIn(deps, origin, { email, password: 'le secret de la première' })).resolves.toMatchObject({
      kind: 'signed_in',
    });
    expect(
      await deps.db.selectFrom('login_throttle').select('key').where('key', '=', `account:${email}`).execute(),
    ).toEqual([]);
  });

  it('over HTTP: the choice sets no cookie and names no other organisation; the second step signs in', async () => {
    await camille(['un secret partagé ici', 'un secret partagé ici']);
    const app = testApp(deps);
    const first = await call(app, 'POST', '/api/auth/login', {
      body: { email: email.replace('camille', 'Camille').toUpperCase(), password: 'un secret partagé ici' },
    });
    expect(first.status).toBe(200);
    expect(first.headers.get('set-cookie')).toBeNull();
    expect(first.body.user).toBeNull();
    expect(first.body.organisations.map((o: { id: string }) => o.id).sort()).toEqual(orgs.map((o) => o.id).sort());
    const second = await call(app, 'POST', '/api/auth/login', {
      body: { email, password: 'un secret partagé ici', organisationId: orgs[0]!.id },
    });
    expect(second.status).toBe(200);
    expect(second.body.user).toMatchObject({ organisation: { id: orgs[0]!.id } });
    expect(second.headers.get('set-cookie')).toMatch(/sillage_session=/);
    const invalid = await call(app, 'POST', '/api/auth/login', {
      body: { email, password: 'un secret partagé ici', organisationId: 'pas-un-identifiant' },
    });
    expect(invalid.status).toBe(422);
    expect(invalid.body.error.fields.organisationId).toBe('Choisissez un organisme dans la liste.');
  });
});
