import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDeps, type TestDeps } from '../../../tests/support/deps.ts';
import {
  PASSWORD,
  createOrganisation,
  signedIn,
  createUser,
  type TestOrganisation,
} from '../../../tests/support/factories.ts';
import { logIn } from '../../accounts/use-cases/log-in.ts';
import { resolveSession } from '../../accounts/use-cases/resolve-session.ts';
import { getConsultantHome as consultantHome } from '../../bilans/use-cases/get-consultant-home.ts';
import { Caches } from './caches.ts';
import { startChangeFeed, type ChangeFeed } from './change-feed.ts';

let deps: TestDeps;
let org: TestOrganisation;
let feed: ChangeFeed;
const origin = { ip: '192.0.2.80', userAgent: 'vitest' };

async function eventually(check: () => Promise<boolean>, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not reached');
    await new Promise((r) => setTimeout(r, 20));
  }
}

beforeAll(async () => {
  deps = testDeps();
  deps.clock.set(new Date());
  deps.caches = new Caches();
  feed = await startChangeFeed(process.env.SILLAGE_TEST_DATABASE_URL!, deps.caches, deps.log);
  org = await createOrganisation(deps);
});
afterAll(async () => {
  await feed.stop();
});

describe('read caches kept true by PostgreSQL notifications', () => {
  it('serves a session from the cache, and drops it when another process deletes it', async () => {
    const { token } = signedIn(await logIn(deps, origin, { email: org.admin.email, password: PASSWORD }));
    expect(await resolveSession(deps, token, origin)).toBeDefined();
    expect(deps.caches.sessions.size).toBe(1);
    // Another process (here, plain SQL) ends every session of the account.
    await deps.db.deleteFrom('auth_sessions').where('user_id', '=', org.admin.id).execute();
    await eventually(async () => (await resolveSession(deps, token, origin)) === undefined);
  });

  it('drops a session at once when the account is disabled', async () => {
    const { token } = signedIn(await logIn(deps, origin, { email: org.consultant.email, password: PASSWORD }));
    expect(await resolveSession(deps, token, origin)).toBeDefined();
    await deps.db.updateTable('users').set({ status: 'disabled' }).where('id', '=', org.consultant.id).execute();
    await eventually(async () => (await resolveSession(deps, token, origin)) === undefined);
    await deps.db.updateTable('users').set({ status: 'active' }).where('id', '=', org.consultant.id).execute();
  });

  it('recomputes a consultant home when a bilan of the organisation changes', async () => {
    const consultant = await createUser(deps, org.id, 'consultant', 'cache');
    // The notification of the consultant's own creation may still be on its way: a read that
    // overlaps it is not stored; the next one is.
    await eventually(async () => {
      expect((await consultantHome(deps, consultant.actor)).open).toHaveLength(0);
      return deps.caches.homes.get(`home:${consultant.id}`, Date.now()) !== undefined;
    });
    const beneficiary = await createUser(deps, org.id, 'beneficiary', 'cache-b');
    await deps.db
      .insertInto('bilans')
      .values({
        organisation_id: org.id,
        beneficiary_id: beneficiary.id,
        consultant_id: consultant.id,
        financing: 'opco',
        planned_accompaniment_minutes: 600,
      })
      .execute();
    await eventually(async () => (await consultantHome(deps, consultant.actor)).open.length === 1);
  });

  it('keeps other organisations’ entries when one organisation changes', async () => {
    const other = await createOrganisation(deps);
    await eventually(async () => {
      await consultantHome(deps, other.consultant.actor);
      return deps.caches.homes.get(`home:${other.consultant.id}`, Date.now()) !== undefined;
    });
    const before = deps.caches.homes.get(`home:${other.consultant.id}`, Date.now());
    deps.caches.organisationChanged(org.id);
    expect(deps.caches.homes.get(`home:${other.consultant.id}`, Date.now())).toBe(before);
  });

  it('switches the caches off when the feed stops', async () => {
    const caches = new Caches();
    const second = await startChangeFeed(process.env.SILLAGE_TEST_DATABASE_URL!, caches, deps.log);
    expect(caches.sessions.isEnabled).toBe(true);
    await second.stop();
    expect(caches.sessions.isEnabled).toBe(false);
    expect(caches.homes.isEnabled).toBe(false);
  });
});
