/** The questionnaire_comments table: the consultant's comments per question of an assignment. */
import type { Trx } from '../../platform/db/kysely.ts';

export async function insertComment(
  db: Trx,
  values: {
    organisation_id: string;
    assignment_id: string;
    question_id: string;
    author_id: string;
    body: string;
    created_at: Date;
  },
): Promise<string> {
  const row = await db.insertInto('questionnaire_comments').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** The comments of an assignment with their author's name, oldest first. */
export function listComments(db: Trx, assignmentId: string) {
  return db
    .selectFrom('questionnaire_comments as qc')
    .innerJoin('users as u', 'u.id', 'qc.author_id')
    .select(['qc.id', 'qc.question_id', 'qc.body', 'qc.created_at', 'u.first_name', 'u.last_name'])
    .where('qc.assignment_id', '=', assignmentId)
    .orderBy('qc.created_at')
    .orderBy('qc.id')
    .execute();
}
