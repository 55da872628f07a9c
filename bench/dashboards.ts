/**
 * Dashboards under load (issue 11, decision 034): the admin's list of every bilan (one statement
 * that computes the at-risk flag of every matching bilan to count them) and the consultant's
 * « Aujourd'hui », on an organisation of 10,000 bilans, read caches off for the admin's list
 * (it has none) as in production.
 */
import { sql } from 'kysely';
import { createDb } from '../src/platform/db/kysely.ts';
import { startApp } from '../tests/support/server.ts';
import { row, signIn, withSeededServer } from './foundation.ts';
import { fmt, load, machine, writeSection, type LoadResult } from './lib.ts';

const BILANS = 10_000;
/** What one admin waits for a page of the list. */
const TARGET_ADMIN_P95_MS = 100;
/** The consultant's home target (foundation), for their « Aujourd'hui » under 50 connections. */
const TARGET_TODAY_P95_MS = 25;

export async function benchDashboards(): Promise<void> {
  console.log(`Tableaux de bord : amorçage de ${BILANS} bilans…`);
  const results = await withSeededServer(BILANS, async (url, _dir, { email, password }) => {
    // An admin of the seeded organisation, with the seed's password.
    const db = createDb({ connectionString: url, max: 1 });
    await sql`
      INSERT INTO users (organisation_id, role, email, first_name, last_name, password_hash, status, activated_at)
      SELECT organisation_id, 'admin', 'admin@charge.fr', 'Admin', 'Charge', password_hash, 'active', now()
      FROM users WHERE email = ${email}`.execute(db);
    await db.destroy();
    const app = await startApp({ DATABASE_URL: url });
    try {
      const admin = await signIn(app.url, 'admin@charge.fr', password);
      const consultant = await signIn(app.url, email, password);
      const measure = async (path: string, cookie: string, connections: number): Promise<LoadResult> => {
        const first = await fetch(`${app.url}${path}`, { headers: { cookie } });
        if (!first.ok) throw new Error(`${path} : ${first.status}`);
        await load(`${app.url}${path}`, { connections, seconds: 3, headers: { cookie } });
        return load(`${app.url}${path}`, { connections, seconds: 10, headers: { cookie } });
      };
      const total = (await (await fetch(`${app.url}/api/admin/bilans`, { headers: { cookie: admin } })).json()) as {
        total: number;
        withAlerts: number;
      };
      console.log('Charge : liste de l’administrateur…');
      const list = await measure('/api/admin/bilans', admin, 1);
      const lastPage = await measure(`/api/admin/bilans?page=${Math.ceil(total.total / 25)}`, admin, 1);
      const search = await measure('/api/admin/bilans?q=n4242', admin, 1);
      const alerts = await measure('/api/admin/bilans?alerts=oui', admin, 1);
      const listBusy = await measure('/api/admin/bilans', admin, 10);
      console.log('Charge : « Aujourd’hui » de la consultante…');
      const today = await measure('/api/consultant/today', consultant, 50);
      return { total, list, lastPage, search, alerts, listBusy, today };
    } finally {
      await app.stop();
    }
  });
  const { total, list, lastPage, search, alerts, listBusy, today } = results;
  const worstAdmin = Math.max(list.p95, lastPage.p95, search.p95, alerts.p95);
  const met = (ok: boolean) => (ok ? 'met' : 'NOT met');
  writeSection(
    'Dashboards (issue 11)',
    `
Run on ${new Date().toISOString().slice(0, 10)} — ${machine()}. The app, PostgreSQL and the load generator share the machine.

Organisation of ${BILANS.toLocaleString('en-GB')} bilans (the foundation's seed: 250 consultants, 40 bilans each across all phases, 5 séances each); the admin's list counts ${total.total.toLocaleString('en-GB')} bilans, ${total.withAlerts.toLocaleString('en-GB')} with an alert. 10 s after a 3 s warm-up; latencies in ms. The admin's list is read by one admin at a time (a second row: ten at once) and has no read cache: each request runs its one statement (the at-risk flag of every matching bilan, then the page of 25). « Aujourd'hui » is read by every consultant: 50 connections.

| Route | p50 | p95 | p99 | req/s | requests | errors |
|---|---|---|---|---|---|---|
${row('`GET /api/admin/bilans` (first page), 1 connection', list)}
${row('`GET /api/admin/bilans?page=…` (last page), 1 connection', lastPage)}
${row('`GET /api/admin/bilans?q=n4242` (name search), 1 connection', search)}
${row('`GET /api/admin/bilans?alerts=oui` (bilans at risk only), 1 connection', alerts)}
${row('`GET /api/admin/bilans` (first page), 10 connections', listBusy)}
${row('`GET /api/consultant/today` (40 bilans), 50 connections', today)}

Targets: the admin's list p95 ≤ ${TARGET_ADMIN_P95_MS} ms for one admin — **${met(worstAdmin <= TARGET_ADMIN_P95_MS)}** (worst ${fmt(worstAdmin, 2)} ms); « Aujourd'hui » p95 ≤ ${TARGET_TODAY_P95_MS} ms at 50 connections, the consultant home's target — **${met(today.p95 <= TARGET_TODAY_P95_MS)}**.
`,
  );
}
