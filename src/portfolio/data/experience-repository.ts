/** The experiences of a portfolio: found in their bilan, written from a validated entry. */
import type { Trx } from '../../platform/db/kysely.ts';
import { changedColumns, createdColumns, deleteCounting } from './tracked-rows.ts';
import type { ExperienceKind } from '../domain/portfolio.ts';

export interface ExperienceFields {
  kind: ExperienceKind;
  title: string;
  appellationCode: string | null;
  employerOrContext: string | null;
  startedOn: string;
  endedOn: string | null;
  activities: string | null;
  achievements: string | null;
  liked: string | null;
  disliked: string | null;
  satisfaction: number | null;
}

function columnsOf(f: ExperienceFields) {
  return {
    kind: f.kind,
    title: f.title,
    appellation_code_ogr: f.appellationCode,
    employer_or_context: f.employerOrContext,
    started_on: f.startedOn,
    ended_on: f.endedOn,
    activities: f.activities,
    achievements: f.achievements,
    liked: f.liked,
    disliked: f.disliked,
    satisfaction: f.satisfaction,
  };
}

/** The experience of this bilan, locked for the transaction, or undefined. */
export function findExperience(trx: Trx, bilanId: string, id: string) {
  return trx
    .selectFrom('portfolio_experiences')
    .select(['id', 'revision', 'appellation_code_ogr'])
    .where('id', '=', id)
    .where('bilan_id', '=', bilanId)
    .forUpdate()
    .executeTakeFirst();
}

/**
 * The experience of this bilan with its appellation and fiche as the catalogue has them (null when
 * it has none, or the catalogue no longer has it), unlocked (reads), or undefined.
 */
export function readExperienceWithJob(db: Trx, organisationId: string, bilanId: string, id: string) {
  return db
    .selectFrom('portfolio_experiences as e')
    .leftJoin('rome_appellations as a', 'a.code_ogr', 'e.appellation_code_ogr')
    .leftJoin('rome_fiches as f', 'f.code_rome', 'a.code_rome')
    .select(['e.id', 'a.code_ogr', 'a.label', 'a.code_rome', 'f.label as fiche_label'])
    .where('e.id', '=', id)
    .where('e.bilan_id', '=', bilanId)
    .where('e.organisation_id', '=', organisationId)
    .executeTakeFirst();
}

/** Inserts a new experience (with the id the client chose, if any); undefined when that id is taken elsewhere. */
export async function insertExperience(
  trx: Trx,
  row: {
    id?: string | undefined;
    organisationId: string;
    bilanId: string;
    by: string;
    now: Date;
    fields: ExperienceFields;
    /** The key of the worksheet period it was imported from (decision 038). */
    importedFrom?: string;
  },
): Promise<string | undefined> {
  const inserted = await trx
    .insertInto('portfolio_experiences')
    .values({
      ...(row.id ? { id: row.id } : {}),
      ...(await createdColumns(trx, 'portfolio_experiences', row)),
      ...columnsOf(row.fields),
      ...(row.importedFrom ? { imported_from: row.importedFrom } : {}),
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted?.id;
}

/** Writes the fields and moves the revision on by one. */
export async function updateExperience(
  trx: Trx,
  id: string,
  change: { by: string; now: Date; fields: ExperienceFields },
): Promise<void> {
  await trx
    .updateTable('portfolio_experiences')
    .set({
      ...columnsOf(change.fields),
      ...changedColumns(change),
    })
    .where('id', '=', id)
    .execute();
}

/** Deletes the experience (its evidence links and comments go with it); what went with it. */
export function deleteExperience(trx: Trx, id: string): Promise<{ evidence: number; comments: number }> {
  return deleteCounting(trx, 'portfolio_experiences', id);
}

/** Which of `ids` are experiences of the bilan. */
export async function experiencesOf(trx: Trx, bilanId: string, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await trx
    .selectFrom('portfolio_experiences')
    .select('id')
    .where('bilan_id', '=', bilanId)
    .where('id', 'in', [...ids])
    .execute();
  return new Set(rows.map((r) => r.id));
}

/** The experiences of the bilan imported from a worksheet period, by import key. */
export async function importedExperiences(db: Trx, organisationId: string, bilanId: string): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('portfolio_experiences')
    .select(['id', 'imported_from'])
    .where('bilan_id', '=', bilanId)
    .where('organisation_id', '=', organisationId)
    .where('imported_from', 'is not', null)
    .execute();
  return new Map(rows.map((r) => [r.imported_from!, r.id]));
}
