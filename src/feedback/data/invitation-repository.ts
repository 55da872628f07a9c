/** The feedback_invitations table: the links sent to the people a beneficiary asks for their regard. */
import type { Trx } from '../../platform/db/kysely.ts';

/** The invitations of an assignment, oldest first. */
export function listInvitations(db: Trx, assignmentId: string) {
  return db
    .selectFrom('feedback_invitations')
    .select(['id', 'email', 'created_at', 'expires_at', 'revoked_at', 'answered_at'])
    .where('assignment_id', '=', assignmentId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** The e-mail addresses already invited for an assignment. */
export function invitedEmails(db: Trx, assignmentId: string) {
  return db.selectFrom('feedback_invitations').select(['email']).where('assignment_id', '=', assignmentId).execute();
}

export async function insertInvitation(
  db: Trx,
  values: {
    organisation_id: string;
    assignment_id: string;
    email: string;
    token_hash: Buffer;
    created_at: Date;
    expires_at: Date;
  },
): Promise<string> {
  const row = await db.insertInto('feedback_invitations').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** An invitation of the organisation, locked for the transaction. */
export function lockInvitation(db: Trx, invitationId: string, organisationId: string) {
  return db
    .selectFrom('feedback_invitations')
    .select(['id', 'assignment_id', 'email', 'revoked_at'])
    .where('id', '=', invitationId)
    .where('organisation_id', '=', organisationId)
    .forUpdate()
    .executeTakeFirst();
}

export async function markRevoked(db: Trx, invitationId: string, at: Date): Promise<void> {
  await db.updateTable('feedback_invitations').set({ revoked_at: at }).where('id', '=', invitationId).execute();
}

/** A new link for an invitation: the previous token no longer opens anything. */
export async function replaceInvitationToken(
  db: Trx,
  invitationId: string,
  tokenHash: Buffer,
  expiresAt: Date,
): Promise<void> {
  await db
    .updateTable('feedback_invitations')
    .set({ token_hash: tokenHash, expires_at: expiresAt })
    .where('id', '=', invitationId)
    .execute();
}

/** The invitation a link's token opens, with the state of its assignment and the beneficiary's first name. */
export function findLink(db: Trx, tokenHash: Buffer, lock: boolean) {
  let query = db
    .selectFrom('feedback_invitations as f')
    .innerJoin('questionnaire_assignments as a', (join) =>
      join.onRef('a.id', '=', 'f.assignment_id').onRef('a.organisation_id', '=', 'f.organisation_id'),
    )
    .innerJoin('bilans as b', (join) =>
      join.onRef('b.id', '=', 'a.bilan_id').onRef('b.organisation_id', '=', 'a.organisation_id'),
    )
    .innerJoin('users as u', (join) =>
      join.onRef('u.id', '=', 'b.beneficiary_id').onRef('u.organisation_id', '=', 'b.organisation_id'),
    )
    .select(['f.id', 'f.expires_at', 'f.revoked_at', 'f.answered_at', 'a.withdrawn_at', 'u.first_name'])
    .where('f.token_hash', '=', tokenHash);
  if (lock) query = query.forUpdate('f');
  return query.executeTakeFirst();
}

export async function saveRespondentAnswers(
  db: Trx,
  invitationId: string,
  answers: Record<string, unknown>,
  at: Date,
): Promise<void> {
  await db
    .updateTable('feedback_invitations')
    .set({ answered_at: at, answers: JSON.stringify(answers) })
    .where('id', '=', invitationId)
    .execute();
}

/** The answers received for an assignment (only to aggregate them: nothing individual leaves). */
export function answeredInvitations(db: Trx, assignmentId: string) {
  return db
    .selectFrom('feedback_invitations')
    .select(['id', 'answers'])
    .where('assignment_id', '=', assignmentId)
    .where('answered_at', 'is not', null)
    .execute();
}
