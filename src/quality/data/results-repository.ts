/** The results published on the organisation's public page (indicator 2): record one, read the latest. */
import { sql } from 'kysely';
import type { Trx } from '../../platform/db/kysely.ts';
import type { PublishedResultsView } from '../contracts/schemas.ts';
import type { PublishedFigures } from '../domain/results.ts';

export async function insertPublishedResults(
  trx: Trx,
  row: { organisationId: string; from: string; to: string; figures: PublishedFigures; by: string; now: Date },
): Promise<string> {
  const inserted = await trx
    .insertInto('quality_published_results')
    .values({
      organisation_id: row.organisationId,
      period_from: row.from,
      period_to: row.to,
      figures: JSON.stringify(row.figures),
      published_by: row.by,
      published_at: row.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}

/** The organisation's latest publication, or null. */
export async function latestPublishedResults(db: Trx, organisationId: string): Promise<PublishedResultsView | null> {
  const row = await db
    .selectFrom('quality_published_results')
    .select([
      sql<string>`to_char(period_from, 'YYYY-MM-DD')`.as('from'),
      sql<string>`to_char(period_to, 'YYYY-MM-DD')`.as('to'),
      sql<string>`to_char((timezone('Europe/Paris', published_at))::date, 'YYYY-MM-DD')`.as('computed_on'),
      'figures',
    ])
    .where('organisation_id', '=', organisationId)
    .orderBy('published_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!row) return null;
  return { from: row.from, to: row.to, computedOn: row.computed_on, figures: row.figures as unknown as PublishedFigures };
}
