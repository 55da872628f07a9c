/**
 * The dashboards on a real database (decision 034): the consultant's « Aujourd'hui » with what is
 * due, the admin's list with its filters and counts, its at-risk filter agreeing with the domain's
 * rule, nothing of another organisation and nothing of the content of a bilan.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { testDeps, type TestDeps } from '../../../tests/support/deps.ts';
import {
  createOrganisation,
  createUser,
  insertBilan,
  type TestOrganisation,
} from '../../../tests/support/factories.ts';
import { getConsultantToday } from './get-consultant-today.ts';
import { listAdminBilans } from './list-admin-bilans.ts';
import type { Actor } from '../../platform/deps.ts';
import { Caches } from '../../platform/cache/caches.ts';
import { startChangeFeed } from '../../platform/cache/change-feed.ts';

let deps: TestDeps;
let org: TestOrganisation;

// Monday 23 November 2026, 10:00 in Paris.
beforeEach(async () => {
  deps = testDeps('2026-11-23T09:00:00Z');
  org = await createOrganisation(deps);
});

async function bilanOf(name: string, values: Parameters<typeof insertBilan>[3] = {}, o = org) {
  const beneficiary = await createUser(deps, o.id, 'beneficiary', name);
  return insertBilan(deps, o, beneficiary, { created_at: new Date('2026-11-16T09:00:00Z'), ...values });
}

async function seance(bilanId: string, startsAt: string, status: 'planned' | 'held' | 'no_show' = 'planned', o = org) {
  const start = new Date(startsAt);
  await deps.db
    .insertInto('seances')
    .values({
      organisation_id: o.id,
      bilan_id: bilanId,
      consultant_id: o.consultant.id,
      phase: 'preliminaire',
      mode: 'in_person',
      place: 'Bureau',
      starts_at: start,
      ends_at: new Date(start.getTime() + 2 * 3_600_000),
      status,
    })
    .execute();
}

async function lead(assignedTo: string, opened: boolean) {
  await deps.db
    .insertInto('leads')
    .values({
      organisation_id: org.id,
      first_name: 'Léa',
      last_name: opened ? 'Lue' : 'Nouvelle',
      email: `lea.${opened ? 'lue' : 'nouvelle'}@exemple.fr`,
      message: 'Je voudrais faire un bilan.',
      preferred_modality: 'remote',
      declared_source: 'word_of_mouth',
      contact_consent_at: deps.clock.now(),
      assigned_consultant_id: assignedTo,
      opened_at: opened ? deps.clock.now() : null,
    })
    .execute();
}

describe('the consultant’s « Aujourd’hui »', () => {
  it('gathers today’s séances, overdue items, unread leads and bilans at risk, only theirs', async () => {
    const calm = await bilanOf('calme');
    await seance(calm, '2026-11-23T13:00:00Z'); // today 14:00
    await seance(calm, '2026-11-27T09:00:00Z'); // Friday
    await seance(calm, '2026-12-02T09:00:00Z'); // beyond the week shown
    const late = await bilanOf('oubli');
    await seance(late, '2026-11-20T09:00:00Z'); // Friday, never recorded
    // Created four weeks ago, nothing held nor planned: at risk.
    const drifting = await bilanOf('decroche', { created_at: new Date('2026-10-26T09:00:00Z') });
    await deps.db
      .insertInto('edof_declarations')
      .values({ organisation_id: org.id, bilan_id: calm, kind: 'entry', event_on: '2026-11-16', due_on: '2026-11-19' })
      .execute();
    await lead(org.consultant.id, false);
    await lead(org.consultant.id, true);
    const colleague = await createUser(deps, org.id, 'consultant', 'collegue');
    await lead(colleague.id, false);
    const theirs = await bilanOf('autre', {
      consultant_id: colleague.id,
      created_at: new Date('2026-10-01T09:00:00Z'),
    });
    await seance(theirs, '2026-11-23T15:00:00Z');

    const today = await getConsultantToday(deps, org.consultant.actor);
    expect(today.today).toBe('2026-11-23');
    expect(today.seances.map((s) => [s.bilanId, s.startsAt])).toEqual([
      [calm, '2026-11-23T13:00:00.000Z'],
      [calm, '2026-11-27T09:00:00.000Z'],
    ]);
    expect(today.overdue.map((i) => [i.kind, i.state, i.bilanId])).toEqual([
      ['edof_entry', 'overdue', calm],
      ['seance_to_record', 'overdue', late],
    ]);
    expect(today.leads.map((l) => l.name)).toEqual(['Léa Nouvelle']);
    // The late séance's bilan: its last held séance is none, but a séance is still "planned" (in the past).
    expect(today.atRisk.map((r) => [r.bilanId, r.alerts.map((a) => a.code)])).toEqual([
      [drifting, ['no_recent_session']],
    ]);
  });

  it('is for consultants only', async () => {
    await expect(getConsultantToday(deps, org.admin.actor)).rejects.toMatchObject({ code: 'forbidden' });
  });
});

describe('the admin’s list of bilans', () => {
  const list = (actor: Actor, query: Parameters<typeof listAdminBilans>[2] = {}) => listAdminBilans(deps, actor, query);

  it('lists every bilan of the organisation with administrative facts, filtered and counted', async () => {
    const colleague = await createUser(deps, org.id, 'consultant', 'collegue');
    const mine = await bilanOf('durand', { financing: 'cpf' });
    await seance(mine, '2026-11-25T09:00:00Z');
    const over = await bilanOf('martin', { consultant_id: colleague.id, planned_accompaniment_minutes: 60 });
    await seance(over, '2026-11-25T13:00:00Z');
    const other = await createOrganisation(deps);
    await bilanOf('ailleurs', {}, other);

    const all = await list(org.admin.actor);
    expect(all.total).toBe(2);
    expect(all.withAlerts).toBe(1);
    expect(all.rows.map((r) => r.id).sort()).toEqual([mine, over].sort());
    const overRow = all.rows.find((r) => r.id === over)!;
    expect(overRow).toMatchObject({
      consultant: { id: colleague.id },
      phase: 'preliminaire',
      plannedMinutes: 60,
      doneMinutes: 0,
      financing: { type: 'opco', status: null },
      documents: [],
      alerts: [{ code: 'hours_over_plan' }],
    });
    expect(all.consultants.map((c) => c.id).sort()).toEqual([org.consultant.id, colleague.id].sort());

    expect((await list(org.admin.actor, { alerts: 'oui' })).rows.map((r) => r.id)).toEqual([over]);
    expect((await list(org.admin.actor, { consultant: colleague.id })).rows.map((r) => r.id)).toEqual([over]);
    expect((await list(org.admin.actor, { financing: 'cpf' })).rows.map((r) => r.id)).toEqual([mine]);
    expect((await list(org.admin.actor, { phase: 'cloture' })).total).toBe(0);
    const byName = await list(org.admin.actor, { q: 'MARTIN' });
    expect(byName.rows.map((r) => r.id)).toEqual([over]);
    // A pattern's own characters are searched as text.
    expect((await list(org.admin.actor, { q: '%' })).total).toBe(0);
    // Another organisation's admin sees only theirs.
    expect((await list(other.admin.actor)).rows.map((r) => r.beneficiary.lastName)).toEqual([
      expect.stringMatching(/^ailleurs-/),
    ]);
  });

  it('finds a name whatever its accents and case', async () => {
    const helene = await bilanOf('accents');
    const { beneficiary_id } = await deps.db
      .selectFrom('bilans')
      .select('beneficiary_id')
      .where('id', '=', helene)
      .executeTakeFirstOrThrow();
    await deps.db
      .updateTable('users')
      .set({ first_name: 'Hélène', last_name: 'ÉBRÉ-Çanal' })
      .where('id', '=', beneficiary_id)
      .execute();
    await bilanOf('other');
    for (const q of ['helene', 'HÉLÈNE', 'ebre-canal helene', 'Hélène ébré', 'Ebré']) {
      expect(
        (await list(org.admin.actor, { q })).rows.map((r) => r.id),
        q,
      ).toEqual([helene]);
    }
    expect((await list(org.admin.actor, { q: 'hélènex' })).total).toBe(0);
    // Regular-expression characters are searched as text.
    for (const q of ['.*', 'h.l', '(', '[a-z]', '\\', 'é+'])
      expect((await list(org.admin.actor, { q })).total, q).toBe(0);
  });

  it('pages by 25, most recent first', async () => {
    for (let i = 0; i < 27; i++)
      await bilanOf(`b${i}`, { created_at: new Date(Date.parse('2026-11-01T09:00:00Z') + i * 3_600_000) });
    const first = await list(org.admin.actor);
    const second = await list(org.admin.actor, { page: 2 });
    expect([first.total, first.rows.length, second.rows.length]).toEqual([27, 25, 2]);
    expect(second.rows[1]?.beneficiary.lastName).toMatch(/^b0-/);
  });

  it('flags in SQL exactly the bilans the domain finds at risk', async () => {
    const cases = {
      calm: await bilanOf('calm'),
      noShows: await bilanOf('noshows', { no_show_count: 2 }),
      drifting: await bilanOf('drift', { created_at: new Date('2026-10-01T09:00:00Z') }),
      driftingButPlanned: await bilanOf('planned', { created_at: new Date('2026-10-01T09:00:00Z') }),
      noConsent: await bilanOf('consent', { last_held_seance_at: new Date('2026-11-20T10:00:00Z') }),
      over: await bilanOf('over', { planned_accompaniment_minutes: 60 }),
      ended: await bilanOf('ended', { phase: 'abandonne', no_show_count: 5, abandon_reason: 'Déménagement' }),
    };
    await seance(cases.driftingButPlanned, '2026-11-30T09:00:00Z');
    await seance(cases.over, '2026-11-30T09:00:00Z');
    const flagged = await list(org.admin.actor, { alerts: 'oui' });
    const all = await list(org.admin.actor);
    const byDomain = all.rows.filter((r) => r.alerts.length > 0).map((r) => r.id);
    expect(flagged.rows.map((r) => r.id).sort()).toEqual(byDomain.sort());
    expect(byDomain.sort()).toEqual([cases.noShows, cases.drifting, cases.noConsent, cases.over].sort());
    expect(all.withAlerts).toBe(4);
  });

  it('carries no content of a bilan and is for admins only', async () => {
    const bilanId = await bilanOf('contenu');
    await deps.db
      .insertInto('bilan_phase_records')
      .values({
        organisation_id: org.id,
        bilan_id: bilanId,
        need_analysis: 'SECRET-ANALYSE',
        modalities: 'SECRET-MODALITES',
      })
      .execute();
    const json = JSON.stringify(await list(org.admin.actor));
    expect(json).not.toContain('SECRET');
    expect(Object.keys((await list(org.admin.actor)).rows[0]!).sort()).toEqual([
      'alerts',
      'beneficiary',
      'consultant',
      'deadlines',
      'documents',
      'doneMinutes',
      'financing',
      'id',
      'phase',
      'plannedMinutes',
    ]);
    await expect(list(org.consultant.actor)).rejects.toMatchObject({ code: 'forbidden' });
  });
});

/** Polls until `check` holds (notifications travel through PostgreSQL; a loaded machine delays them). */
async function eventually(check: () => Promise<boolean>, what: string, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`not reached: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('« Aujourd’hui » through the read cache', () => {
  it('is served from memory, dropped when the organisation changes and recomputed after a minute', async () => {
    deps.caches = new Caches();
    const feed = await startChangeFeed(process.env.SILLAGE_TEST_DATABASE_URL!, deps.caches, deps.log);
    try {
      const bilanId = await bilanOf('cache');
      const read = () => getConsultantToday(deps, org.consultant.actor);
      // The set-up's own notifications may still drop an entry; once they are in, a read is the last one.
      await eventually(async () => (await read()) === (await read()), 'served from memory');

      // A séance planned straight in the database, as another process would: the notification drops the entry.
      await seance(bilanId, '2026-11-24T09:00:00Z');
      await eventually(async () => (await read()).seances.length === 1, 'the change seen');

      // Nothing changes, but time passes: after a minute the clock's rules are applied again.
      await eventually(async () => (await read()) === (await read()), 'served from memory again');
      const before = await read();
      deps.clock.set('2026-11-23T09:01:01Z');
      expect(await read()).not.toBe(before);
    } finally {
      await feed.stop();
    }
  });
});
