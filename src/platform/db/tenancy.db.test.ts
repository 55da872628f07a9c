/**
 * Tenancy in the database (decision 025), read from the catalogue rather than a hand list: every
 * table holds one organisation's data unless it is exempted below with its reason; such a table
 * carries `organisation_id` (not null unless exempted) with a foreign key to `organisations`, and
 * every foreign key it has to another table holding organisation data goes through
 * `(parent_id, organisation_id)`, so a row cannot point at another organisation's parent. A new
 * table fails here until it follows the rule or is exempted with a reason. Only the public schema
 * holds our tables; pg-boss keeps its queue in its own `pgboss` schema (job bookkeeping, exempted
 * as a whole), and any other schema fails here.
 */
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { testDb, testDeps } from '../../../tests/support/deps.ts';
import { createOrganisation } from '../../../tests/support/factories.ts';
import { createBilan } from '../../bilans/use-cases/create-bilan.ts';

/** Tables that hold no organisation's data, by name or prefix, with why. */
const GLOBAL_TABLES: { name: string | RegExp; reason: string }[] = [
  { name: 'organisations', reason: 'the tenants themselves' },
  { name: /^rome_/, reason: 'France Travail job catalogue (ROME), shared by every organisation' },
  { name: /^kysely_migration/, reason: 'migration bookkeeping of the installation' },
  {
    name: 'login_throttle',
    reason: 'sign-in attempts counted by address and e-mail typed, before anyone (or any organisation) is known',
  },
  {
    name: 'auth_sessions',
    reason:
      'credentials of one account, deleted with it (ON DELETE CASCADE), never listed by organisation; the account carries the organisation',
  },
  {
    name: 'password_reset_requests',
    reason:
      'an address typed on the sign-in page, recorded before it is looked up (decision 023), so no organisation is known; deleted once the deferred step has run',
  },
  {
    name: 'password_resets',
    reason: 'credentials of one account, deleted with it (ON DELETE CASCADE); the account carries the organisation',
  },
];

/** Tables whose `organisation_id` may be null, with why. */
const NULLABLE_ORGANISATION: Record<string, string> = {
  audit_events:
    'anonymous events (a failed sign-in) have no organisation; a CHECK requires one whenever there is an actor',
  outbox_emails: 'messages sent before any organisation exists (set-up) have none',
};

/** uuid columns of tenant tables that name no row of a table, with why. */
const UNREFERENCED_IDS: Record<string, string> = {
  'audit_events.subject_id': 'names a user, an invitation, a document… according to subject_type; kept as written',
  'audit_events.bilan_id': 'the append-only log outlives the bilan it names (a bilan can be deleted with its results)',
};

interface ForeignKey {
  table_name: string;
  name: string;
  columns: string[];
  parent: string;
  parent_columns: string[];
}

async function tables(): Promise<string[]> {
  const { rows } = await sql<{ table_name: string }>`
    SELECT table_name FROM information_schema.tables
     WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`.execute(testDb());
  return rows.map((r) => r.table_name);
}

async function organisationColumns(): Promise<Map<string, boolean>> {
  const { rows } = await sql<{ table_name: string; nullable: boolean }>`
    SELECT table_name, is_nullable = 'YES' AS nullable FROM information_schema.columns
     WHERE table_schema = 'public' AND column_name = 'organisation_id'`.execute(testDb());
  return new Map(rows.map((r) => [r.table_name, r.nullable]));
}

async function foreignKeys(): Promise<ForeignKey[]> {
  const { rows } = await sql<ForeignKey>`
    SELECT c.conrelid::regclass::text AS table_name, c.conname AS name, c.confrelid::regclass::text AS parent,
           ARRAY(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY k(num, i)
                   JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.num ORDER BY k.i) AS columns,
           ARRAY(SELECT a.attname::text FROM unnest(c.confkey) WITH ORDINALITY k(num, i)
                   JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.num ORDER BY k.i) AS parent_columns
      FROM pg_constraint c
     WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace
     ORDER BY 1, 2`.execute(testDb());
  return rows;
}

const isGlobal = (table: string) =>
  GLOBAL_TABLES.some(({ name }) => (typeof name === 'string' ? name === table : name.test(table)));

/** A key to a tenant's table is safe only if it pairs organisation_id with organisation_id. */
const pairsOrganisation = (fk: ForeignKey) =>
  fk.columns.some((column, i) => column === 'organisation_id' && fk.parent_columns[i] === 'organisation_id');

describe('tenancy in the schema', () => {
  it('gives organisation_id to every table that is not exempted as global', async () => {
    const withOrganisation = await organisationColumns();
    const missing = (await tables()).filter((table) => !isGlobal(table) && !withOrganisation.has(table));
    expect(missing, 'tables without organisation_id (add it, or exempt the table with a reason)').toEqual([]);
  });

  it('makes organisation_id not null, except where a reason is given', async () => {
    const nullable = [...(await organisationColumns())].filter(([, isNull]) => isNull).map(([table]) => table);
    expect(nullable.sort()).toEqual(Object.keys(NULLABLE_ORGANISATION).sort());
  });

  it('ties organisation_id to the organisations table', async () => {
    const keys = await foreignKeys();
    const tied = new Set(
      keys
        .filter((fk) => fk.parent === 'organisations' && fk.columns.join() === 'organisation_id')
        .map((fk) => fk.table_name),
    );
    const untied = [...(await organisationColumns()).keys()].filter((table) => !tied.has(table)).sort();
    expect(untied, 'tables whose organisation_id references no organisation').toEqual([]);
  });

  it('points at parents holding organisation data only through (parent_id, organisation_id)', async () => {
    const tenants = new Set((await organisationColumns()).keys());
    const byIdAlone = (await foreignKeys())
      .filter((fk) => tenants.has(fk.table_name) && tenants.has(fk.parent) && !pairsOrganisation(fk))
      .map((fk) => `${fk.table_name} (${fk.columns.join(', ')}) → ${fk.parent} (${fk.parent_columns.join(', ')})`);
    expect(byIdAlone, 'foreign keys that do not carry organisation_id').toEqual([]);
  });

  it('gives every uuid column of a tenant table a foreign key, except where a reason is given', async () => {
    const tenants = new Set((await organisationColumns()).keys());
    const referenced = new Set((await foreignKeys()).flatMap((fk) => fk.columns.map((c) => `${fk.table_name}.${c}`)));
    const { rows } = await sql<{ name: string; table_name: string }>`
      SELECT table_name, table_name || '.' || column_name AS name FROM information_schema.columns
       WHERE table_schema = 'public' AND data_type = 'uuid' AND column_name <> 'id' ORDER BY 2`.execute(testDb());
    const loose = rows.filter((r) => tenants.has(r.table_name) && !referenced.has(r.name)).map((r) => r.name);
    expect(loose.sort()).toEqual(Object.keys(UNREFERENCED_IDS).sort());
  });

  it('keeps every table in the public schema (pg-boss apart)', async () => {
    const { rows } = await sql<{ nspname: string }>`
      SELECT nspname FROM pg_namespace
       WHERE nspname NOT LIKE 'pg\\_%' AND nspname NOT IN ('information_schema', 'public', 'pgboss')`.execute(testDb());
    expect(rows.map((r) => r.nspname)).toEqual([]);
  });

  it('names only exemptions that still exist and are still needed', async () => {
    const all = await tables();
    for (const { name } of GLOBAL_TABLES) {
      expect(
        all.some((table) => (typeof name === 'string' ? name === table : name.test(table))),
        String(name),
      ).toBe(true);
    }
    const withOrganisation = await organisationColumns();
    expect(all.filter((table) => isGlobal(table) && withOrganisation.has(table))).toEqual([]);
  });
});

describe('tenancy in the rows', () => {
  it('refuses a row of one organisation that points at a bilan or a person of another', async () => {
    const deps = testDeps();
    const [a, b] = [await createOrganisation(deps), await createOrganisation(deps)];
    const beneficiary = { firstName: 'Bruno', lastName: 'Lefèvre', email: 'bruno.tenancy@exemple.fr' };
    const { bilanId } = await createBilan(deps, b.consultant.actor, {
      beneficiary,
      financing: 'cpf',
      plannedHours: 24 * 60,
    });
    const followUp = { offered_at: new Date(), organisation_id: a.id, bilan_id: bilanId, offered_by: a.consultant.id };
    await expect(deps.db.insertInto('follow_ups').values(followUp).execute()).rejects.toMatchObject({ code: '23503' });
    const ownBilan = await createBilan(deps, a.consultant.actor, {
      beneficiary: { ...beneficiary, email: 'bruno.tenancy.a@exemple.fr' },
      financing: 'cpf',
      plannedHours: 24 * 60,
    });
    const byStranger = { ...followUp, bilan_id: ownBilan.bilanId, offered_by: b.consultant.id };
    await expect(deps.db.insertInto('follow_ups').values(byStranger).execute()).rejects.toMatchObject({
      code: '23503',
    });
    const history = {
      organisation_id: a.id,
      bilan_id: bilanId,
      from_phase: 'preliminaire' as const,
      to_phase: 'abandonne' as const,
      changed_by: a.consultant.id,
      changed_at: new Date(),
    };
    await expect(deps.db.insertInto('bilan_phase_changes').values(history).execute()).rejects.toMatchObject({
      code: '23503',
    });
  });
});
