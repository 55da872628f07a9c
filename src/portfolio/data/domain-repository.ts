/** The beneficiary's own domains of competence, and the order of the portfolio's lists. */
import { sql } from 'kysely';
import type { Trx } from '../../platform/db/kysely.ts';
import type { PortfolioList } from '../contracts/schemas.ts';
import { changedColumns, createdColumns } from './tracked-rows.ts';

export interface DomainFields {
  label: string;
  labelKey: string;
  macroCodeOgr: string | null;
}

/** The domain of this bilan, locked for the transaction, or undefined. */
export function findDomain(trx: Trx, bilanId: string, id: string) {
  return trx
    .selectFrom('portfolio_domains')
    .select(['id', 'revision'])
    .where('id', '=', id)
    .where('bilan_id', '=', bilanId)
    .forUpdate()
    .executeTakeFirst();
}

/** Another domain of the bilan with the same folded label. */
export function findSameDomain(trx: Trx, bilanId: string, labelKey: string, except?: string) {
  let query = trx
    .selectFrom('portfolio_domains')
    .select(['id', 'label'])
    .where('bilan_id', '=', bilanId)
    .where('label_key', '=', labelKey);
  if (except) query = query.where('id', '<>', except);
  return query.executeTakeFirst();
}

export async function insertDomain(
  trx: Trx,
  row: { id?: string | undefined; organisationId: string; bilanId: string; by: string; now: Date; fields: DomainFields },
): Promise<string | undefined> {
  const inserted = await trx
    .insertInto('portfolio_domains')
    .values({
      ...(row.id ? { id: row.id } : {}),
      ...(await createdColumns(trx, 'portfolio_domains', row)),
      label: row.fields.label,
      label_key: row.fields.labelKey,
      macro_code_ogr: row.fields.macroCodeOgr,
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted?.id;
}

export async function updateDomain(
  trx: Trx,
  id: string,
  change: { by: string; now: Date; fields: DomainFields },
): Promise<void> {
  await trx
    .updateTable('portfolio_domains')
    .set({
      label: change.fields.label,
      label_key: change.fields.labelKey,
      macro_code_ogr: change.fields.macroCodeOgr,
      ...changedColumns(change),
    })
    .where('id', '=', id)
    .execute();
}

/** Deletes the domain; its competences stay, without domain. How many it held. */
export async function deleteDomain(trx: Trx, id: string): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM portfolio_competences WHERE domain_id = ${id}`.execute(trx);
  await trx.deleteFrom('portfolio_domains').where('id', '=', id).execute();
  return rows[0]!.n;
}

/** Whether `id` is a domain of the bilan. */
export async function domainOf(trx: Trx, bilanId: string, id: string): Promise<boolean> {
  const row = await trx
    .selectFrom('portfolio_domains')
    .select('id')
    .where('bilan_id', '=', bilanId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row !== undefined;
}

const TABLES = {
  experiences: 'portfolio_experiences',
  competences: 'portfolio_competences',
  domains: 'portfolio_domains',
} as const satisfies Record<PortfolioList, string>;

/** The ids of a list of the bilan, in their order. */
export async function listIds(trx: Trx, list: PortfolioList, bilanId: string): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`
    SELECT id FROM ${sql.table(TABLES[list])} WHERE bilan_id = ${bilanId} ORDER BY position, created_at, id`.execute(trx);
  return rows.map((r) => r.id);
}

/** Gives the items of a list the positions of `ids` (0, 1, 2…). */
export async function setPositions(trx: Trx, list: PortfolioList, bilanId: string, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await sql`
    UPDATE ${sql.table(TABLES[list])} AS t SET position = o.n - 1
      FROM unnest(${[...ids]}::uuid[]) WITH ORDINALITY AS o(id, n)
     WHERE t.id = o.id AND t.bilan_id = ${bilanId} AND t.position <> o.n - 1`.execute(trx);
}
