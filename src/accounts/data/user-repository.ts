/**
 * The users table: the people of an organisation (admins, consultants, beneficiaries), their
 * account state and password hash.
 */
import type { Trx } from '../../platform/db/kysely.ts';
import { AppError } from '../../shared/errors.ts';
import { OPEN_PHASES } from '../../bilans/domain/phases.ts';
import type { Role } from '../domain/users.ts';
import type { Expression, Kysely } from 'kysely';
import type { Database } from '../../platform/db/database.ts';

/**
 * Inserts a user who has been invited and has no password yet. Throws email_taken when the
 * organisation already has an account with this e-mail (other organisations' accounts do not
 * count, and are not revealed: decision 027).
 */
export async function insertInvitedUser(
  db: Trx,
  input: { organisationId: string; role: Role; email: string; firstName: string; lastName: string },
  now: Date,
): Promise<string> {
  const row = await db
    .insertInto('users')
    .values({
      organisation_id: input.organisationId,
      role: input.role,
      email: input.email,
      first_name: input.firstName,
      last_name: input.lastName,
      status: 'invited',
      created_at: now,
    })
    .onConflict((oc) => oc.columns(['organisation_id', 'email']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!row) {
    throw new AppError('email_taken', {
      fields: { email: 'Cette adresse e-mail est déjà celle d’un compte de votre organisme.' },
    });
  }
  return row.id;
}

/** Inserts the first admin of an organisation, active at once (set-up). Returns their id. */
export async function insertActiveAdmin(
  db: Trx,
  input: { organisationId: string; email: string; firstName: string; lastName: string; passwordHash: string },
  now: Date,
): Promise<string> {
  const row = await db
    .insertInto('users')
    .values({
      organisation_id: input.organisationId,
      role: 'admin',
      email: input.email,
      first_name: input.firstName,
      last_name: input.lastName,
      password_hash: input.passwordHash,
      status: 'active',
      created_at: now,
      activated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * The accounts signing in with this e-mail, one per organisation that has one (decision 027),
 * with their organisation's name; only the one of `organisationId` when it is given.
 */
export function findLoginAccounts(db: Trx, email: string, organisationId?: string) {
  return db
    .selectFrom('users as u')
    .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
    .select([
      'u.id',
      'u.role',
      'u.email',
      'u.first_name',
      'u.last_name',
      'u.status',
      'u.password_hash',
      'u.organisation_id',
      'o.name as organisation_name',
    ])
    .where('u.email', '=', email)
    .$if(organisationId !== undefined, (qb) => qb.where('u.organisation_id', '=', organisationId!))
    .orderBy('o.name')
    .orderBy('u.organisation_id')
    .execute();
}

/** The accounts with this e-mail, one per organisation, with its name (for a password-reset request). */
export function findAccountsByEmail(db: Trx, email: string) {
  return db
    .selectFrom('users as u')
    .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
    .select(['u.id', 'u.organisation_id', 'u.role', 'u.first_name', 'u.status', 'o.name as organisation_name'])
    .where('u.email', '=', email)
    .orderBy('o.name')
    .orderBy('u.organisation_id')
    .execute();
}

/** An invited user chose their password: the account becomes active. */
export async function activateUser(db: Trx, userId: string, passwordHash: string, now: Date): Promise<void> {
  await db
    .updateTable('users')
    .set({ status: 'active', password_hash: passwordHash, activated_at: now })
    .where('id', '=', userId)
    .execute();
}

export async function setUserPassword(db: Trx, userId: string, passwordHash: string): Promise<void> {
  await db.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', userId).execute();
}

/**
 * The consultants of an organisation, by name, each with their latest invitation and the number
 * of their open bilans.
 */
export function listConsultantRows(db: Trx, organisationId: string) {
  return db
    .selectFrom('users as u')
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('invitations as i')
          .select(['i.id', 'i.status', 'i.expires_at'])
          .whereRef('i.user_id', '=', 'u.id')
          .orderBy('i.created_at', 'desc')
          .limit(1)
          .as('inv'),
      (join) => join.onTrue(),
    )
    .leftJoin('bilans as b', (join) => join.onRef('b.consultant_id', '=', 'u.id').on('b.phase', 'in', OPEN_PHASES))
    .select([
      'u.id',
      'u.first_name',
      'u.last_name',
      'u.email',
      'u.status',
      'inv.id as invitation_id',
      'inv.status as invitation_status',
      'inv.expires_at as invitation_expires_at',
    ])
    .select((eb) => eb.fn.count<number>('b.id').as('open_bilans'))
    .where('u.organisation_id', '=', organisationId)
    .where('u.role', '=', 'consultant')
    .groupBy(['u.id', 'inv.id', 'inv.status', 'inv.expires_at'])
    .orderBy('u.last_name')
    .orderBy('u.first_name')
    .execute();
}

/**
 * The organisation's account using this e-mail address, locked for the transaction, if any. Other
 * organisations' accounts with the same address are never looked at (decision 027).
 */
export function lockUserByEmail(trx: Kysely<Database>, organisationId: string, email: string) {
  return trx
    .selectFrom('users')
    .select(['id', 'organisation_id', 'role', 'status', 'first_name'])
    .where('organisation_id', '=', organisationId)
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

/** The organisation's beneficiaries by name (for the register of GDPR requests, decision 048). */
export function listBeneficiaryPeople(
  db: Trx,
  organisationId: string,
): Promise<{ id: string; first_name: string; last_name: string; email: string }[]> {
  return db
    .selectFrom('users')
    .select(['id', 'first_name', 'last_name', 'email'])
    .where('organisation_id', '=', organisationId)
    .where('role', '=', 'beneficiary')
    .orderBy('last_name')
    .orderBy('first_name')
    .limit(5000)
    .execute();
}

/** One beneficiary of the organisation by id, if any. */
export function findBeneficiaryPerson(db: Trx, organisationId: string, userId: string) {
  return db
    .selectFrom('users')
    .select(['id', 'first_name', 'last_name', 'email'])
    .where('organisation_id', '=', organisationId)
    .where('id', '=', userId)
    .where('role', '=', 'beneficiary')
    .executeTakeFirst();
}
