/**
 * Reads of the users and invitations tables that other capabilities need: a person's name, an
 * account found by e-mail (locked), and the latest invitation of a person as a subquery for a
 * bilan's summary.
 */
import type { Expression, Kysely } from 'kysely';
import type { Database } from '../../platform/db/database.ts';

/** The account using this e-mail address, locked for the transaction, if any. */
export function lockUserByEmail(trx: Kysely<Database>, email: string) {
  return trx
    .selectFrom('users')
    .select(['id', 'organisation_id', 'role', 'status', 'first_name'])
    .where('email', '=', email)
    .forUpdate()
    .executeTakeFirst();
}

/** A person's first and last names. */
export function readUserName(db: Kysely<Database>, userId: string): Promise<{ first_name: string; last_name: string }> {
  return db.selectFrom('users').select(['first_name', 'last_name']).where('id', '=', userId).executeTakeFirstOrThrow();
}

/** The latest invitation of a person (a subquery: `userId` refers to the outer query). */
export function latestInvitationOf(db: Kysely<Database>, userId: Expression<string>) {
  return db
    .selectFrom('invitations as i')
    .select(['i.id as invitation_id', 'i.status as invitation_status', 'i.expires_at as invitation_expires_at'])
    .where('i.user_id', '=', userId)
    .orderBy('i.created_at', 'desc')
    .limit(1);
}
