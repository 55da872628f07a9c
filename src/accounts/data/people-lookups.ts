/**
 * Lookups of people (staff and beneficiaries) for other capabilities: who may be assigned a lead,
 * who hears of a new contact request, who sends an invitation, whom an e-mail goes to.
 */
import type { Trx } from '../../platform/db/kysely.ts';

/** The organisation's active consultants, by last name. */
export function listActiveConsultants(
  db: Trx,
  organisationId: string,
): Promise<{ id: string; first_name: string; last_name: string }[]> {
  return db
    .selectFrom('users')
    .select(['id', 'first_name', 'last_name'])
    .where('organisation_id', '=', organisationId)
    .where('role', '=', 'consultant')
    .where('status', '=', 'active')
    .orderBy('last_name')
    .execute();
}

/** Whether the user is an active consultant of the organisation. */
export async function isActiveConsultant(db: Trx, userId: string, organisationId: string): Promise<boolean> {
  const row = await db
    .selectFrom('users')
    .select('id')
    .where('id', '=', userId)
    .where('organisation_id', '=', organisationId)
    .where('role', '=', 'consultant')
    .where('status', '=', 'active')
    .executeTakeFirst();
  return Boolean(row);
}

/** The organisation's active admins (to notify them). */
export function listActiveAdmins(db: Trx, organisationId: string): Promise<{ email: string; first_name: string }[]> {
  return db
    .selectFrom('users')
    .select(['email', 'first_name'])
    .where('organisation_id', '=', organisationId)
    .where('role', '=', 'admin')
    .where('status', '=', 'active')
    .execute();
}

/** A staff member's name and e-mail, with their organisation's name and contact e-mail. */
export function readStaffWithOrganisation(
  db: Trx,
  userId: string,
): Promise<{ first_name: string; last_name: string; email: string; name: string; contact_email: string | null }> {
  return db
    .selectFrom('users as c')
    .innerJoin('organisations as o', 'o.id', 'c.organisation_id')
    .select(['c.first_name', 'c.last_name', 'c.email', 'o.name', 'o.contact_email'])
    .where('c.id', '=', userId)
    .executeTakeFirstOrThrow();
}

/** A person's e-mail and first name, with their organisation's name and follow-up delay. */
export function readPersonWithOrganisation(
  db: Trx,
  userId: string,
): Promise<{ email: string; first_name: string; name: string; follow_up_months: number }> {
  return db
    .selectFrom('users as u')
    .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
    .select(['u.email', 'u.first_name', 'o.name', 'o.follow_up_months'])
    .where('u.id', '=', userId)
    .executeTakeFirstOrThrow();
}
