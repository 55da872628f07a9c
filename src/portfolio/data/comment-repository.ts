/** Comments on an experience, a competence or the whole portfolio. */
import type { Trx } from '../../platform/db/kysely.ts';

export async function insertComment(
  trx: Trx,
  row: {
    organisationId: string;
    bilanId: string;
    experienceId: string | null;
    competenceId: string | null;
    authorId: string;
    body: string;
    now: Date;
  },
): Promise<string> {
  const inserted = await trx
    .insertInto('portfolio_comments')
    .values({
      organisation_id: row.organisationId,
      bilan_id: row.bilanId,
      experience_id: row.experienceId,
      competence_id: row.competenceId,
      author_id: row.authorId,
      body: row.body,
      created_at: row.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}
