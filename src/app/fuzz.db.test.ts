/**
 * Fuzzing of every API route (issue 10): fast-check generates parameters, queries and bodies,
 * well-shaped and hostile, for every endpoint of the catalogue, sent by every kind of person and
 * by holders of single-use links. No answer may be a 5xx, and a refused call may change nothing
 * in any table (`tests/support/fuzz/table-changes.ts` says how that is checked cheaply and
 * soundly; decision 029).
 *
 * In the test suite the run is bounded (`FUZZ_REQUESTS`, default below, under a minute on two
 * cores). `npm run fuzz` (`tests/support/fuzz/long-run.ts`) runs this file long: 20,000 requests
 * unless `FUZZ_REQUESTS` says otherwise. Both print a summary. `FUZZ_SEED` replays the sequence of
 * generated requests (the ids and tokens they pick come from the world of that run).
 */
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { EVERYONE, buildWorld } from '../../tests/support/authorization.ts';
import { testDb } from '../../tests/support/deps.ts';
import { loginAs } from '../../tests/support/http.ts';
import { fuzz, summary, type FuzzReport } from '../../tests/support/fuzz/run.ts';
import { TableChanges } from '../../tests/support/fuzz/table-changes.ts';

const LONG = process.env.FUZZ_LONG === '1';
const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? (LONG ? 20_000 : 4_000));
const EPOCH = Number(process.env.FUZZ_EPOCH ?? (LONG ? 2_500 : 2_000));
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
/** `FUZZ_ROUTES=outbox`: only the routes whose `METHOD /api/route` matches. */
const ROUTES = process.env.FUZZ_ROUTES ? new RegExp(process.env.FUZZ_ROUTES) : undefined;

describe('the check that a refused call changed nothing', () => {
  it('sees every committed insert, update and delete, and neither locks, rollbacks nor sliding sessions', async () => {
    const world = await buildWorld();
    await loginAs(world.app, world.A.admin.email);
    const db = testDb();
    const changes = await TableChanges.open(db, process.env.SILLAGE_TEST_DATABASE_URL!);
    try {
      const changed = async (act: () => Promise<unknown>) => {
        const before = await changes.state();
        await act();
        return changes.changed(before, await changes.state());
      };
      const org = db.selectFrom('organisations').where('id', '=', world.A.id);
      expect(await changed(() => org.selectAll().execute())).toEqual([]);
      expect(
        await changed(() =>
          db
            .transaction()
            .execute((trx) =>
              trx.selectFrom('organisations').where('id', '=', world.A.id).forUpdate().selectAll().execute(),
            ),
        ),
      ).toEqual([]);
      expect(
        await changed(() =>
          db
            .transaction()
            .execute(async (trx) => {
              await trx.updateTable('organisations').set({ name: 'Annulé' }).where('id', '=', world.A.id).execute();
              throw new Error('rollback');
            })
            .catch(() => undefined),
        ),
      ).toEqual([]);
      const rename = (name: string) => () =>
        db.updateTable('organisations').set({ name }).where('id', '=', world.A.id).execute();
      expect(await changed(rename('Renommé'))).toEqual(['organisations']);
      // Writing the same value again is a new row version: reported too (a write in a refused call).
      expect(await changed(rename('Renommé'))).toEqual(['organisations']);
      expect(await changed(() => db.deleteFrom('login_throttle').execute())).toEqual(['login_throttle']);
      expect(
        await changed(() =>
          sql`INSERT INTO login_throttle (key, failures, window_started_at) VALUES ('ip:x', 1, now())`.execute(db),
        ),
      ).toEqual(['login_throttle']);
      // Deleting one row and inserting another leaves the count as it was, not the newest version.
      expect(
        await changed(() =>
          db.transaction().execute(async (trx) => {
            await trx.deleteFrom('login_throttle').execute();
            await sql`INSERT INTO login_throttle (key, failures, window_started_at) VALUES ('ip:y', 1, now())`.execute(
              trx,
            );
          }),
        ),
      ).toEqual(['login_throttle']);
      const sessions = db.updateTable('auth_sessions').where('user_id', '=', world.A.admin.id);
      expect(await changed(() => sessions.set({ last_seen_at: new Date('2030-01-01T00:00:00Z') }).execute())).toEqual(
        [],
      );
      expect(await changed(() => sessions.set({ ip: '192.0.2.99' }).execute())).toEqual(['auth_sessions']);
    } finally {
      await changes.close();
    }
  });
});

describe('fuzzing every route', () => {
  let report: FuzzReport;

  it(
    `sends ${REQUESTS} generated requests: no 5xx, and a refused call changes no table`,
    async () => {
      report = await fuzz({
        requests: REQUESTS,
        epoch: EPOCH,
        seed: SEED,
        routes: ROUTES,
        trace: process.env.FUZZ_TRACE === '1' ? (line) => console.log(line) : undefined,
        progress: (line) => console.log(line),
      });
      console.log(summary(report));
      expect(report.requests).toBe(REQUESTS);
      expect(report.findings.map((f) => `${f.kind}: ${f.route} as ${f.role} → ${f.status} ${f.detail}`)).toEqual([]);
      expect(report.byClass['5xx']).toBe(0);
    },
    Math.max(180_000, REQUESTS * 60 + 120_000),
  );

  it('reached every route from every kind of person, and held a real link for every public token route', () => {
    expect(report.unmounted).toEqual([]);
    expect(report.linklessRoutes).toEqual([]);
    if (report.requests >= report.pairsPerRound) {
      const missed = [...report.byRoute]
        .map(([route, r]) => `${route}: ${EVERYONE.filter((who) => !r.roles.has(who)).join(', ')}`)
        .filter((line) => !line.endsWith(': '));
      expect(missed).toEqual([]);
      expect(report.byRoute.size).toBe(report.targets);
      expect(report.linkHolderCalls).toBeGreaterThan(0);
    }
  });
});
