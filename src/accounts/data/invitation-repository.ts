/**
 * The invitations table: single-use links (stored as the SHA-256 of their token) by which an
 * invited person activates their account.
 */
import type { Trx } from '../../platform/db/kysely.ts';
import type { Role } from '../domain/users.ts';

/**
 * The invitation of a link, with the invited person, who invited them (nobody for the first admin
 * of an organisation created by the operator) and the organisation.
 */
export function findInvitationByToken(db: Trx, tokenHash: Buffer) {
  return db
    .selectFrom('invitations as i')
    .innerJoin('users as u', 'u.id', 'i.user_id')
    .leftJoin('users as by', 'by.id', 'i.invited_by')
    .innerJoin('organisations as o', 'o.id', 'i.organisation_id')
    .select([
      'i.status',
      'i.expires_at',
      'u.role',
      'u.first_name',
      'u.last_name',
      'u.email',
      'by.first_name as by_first',
      'by.last_name as by_last',
      'o.name as organisation_name',
    ])
    .where('i.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

/** The invitation of a link with its invited user, locked for the transaction (acceptance). */
export function lockInvitationByToken(db: Trx, tokenHash: Buffer) {
  return db
    .selectFrom('invitations as i')
    .innerJoin('users as u', 'u.id', 'i.user_id')
    .innerJoin('organisations as o', 'o.id', 'i.organisation_id')
    .select([
      'i.id',
      'i.status',
      'i.expires_at',
      'i.organisation_id',
      'u.id as user_id',
      'u.role',
      'u.email',
      'u.first_name',
      'u.last_name',
      'u.status as user_status',
      'o.name as organisation_name',
    ])
    .where('i.token_hash', '=', tokenHash)
    .forUpdate('i')
    .executeTakeFirst();
}

export async function markInvitationAccepted(db: Trx, invitationId: string, now: Date): Promise<void> {
  await db.updateTable('invitations').set({ status: 'accepted', accepted_at: now }).where('id', '=', invitationId).execute();
}

/**
 * An invitation of the organisation that the person may act on: admins, any; consultants, those
 * of the beneficiaries of their own bilans. Undefined otherwise.
 */
export function findManageableInvitation(
  db: Trx,
  actor: { userId: string; organisationId: string; role: Role },
  invitationId: string,
) {
  return db
    .selectFrom('invitations as i')
    .innerJoin('users as u', 'u.id', 'i.user_id')
    .select(['i.id', 'i.status', 'i.user_id', 'u.email', 'u.first_name', 'u.role', 'u.status as user_status'])
    .where('i.id', '=', invitationId)
    .where('i.organisation_id', '=', actor.organisationId)
    .$if(actor.role === 'consultant', (qb) =>
      qb
        .innerJoin('bilans as b', (join) => join.onRef('b.beneficiary_id', '=', 'u.id'))
        .where('b.consultant_id', '=', actor.userId)
        .where('u.role', '=', 'beneficiary'),
    )
    .executeTakeFirst();
}

/** Only the newest link works: the user's pending invitations are revoked before a new one. */
export async function revokePendingInvitationsOf(db: Trx, userId: string): Promise<void> {
  await db
    .updateTable('invitations')
    .set({ status: 'revoked' })
    .where('user_id', '=', userId)
    .where('status', '=', 'pending')
    .execute();
}

export async function insertInvitation(
  db: Trx,
  input: {
    organisationId: string;
    userId: string;
    /** Null when the operator's command invites an organisation's first admin. */
    invitedBy: string | null;
    tokenHash: Buffer;
    createdAt: Date;
    expiresAt: Date;
  },
): Promise<string> {
  const row = await db
    .insertInto('invitations')
    .values({
      organisation_id: input.organisationId,
      user_id: input.userId,
      invited_by: input.invitedBy,
      token_hash: input.tokenHash,
      created_at: input.createdAt,
      expires_at: input.expiresAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Revokes a pending invitation; false when it was no longer pending. */
export async function markInvitationRevoked(db: Trx, invitationId: string): Promise<boolean> {
  const updated = await db
    .updateTable('invitations')
    .set({ status: 'revoked' })
    .where('id', '=', invitationId)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return updated.numUpdatedRows > 0n;
}

/** Pending invitations past their expiry become 'expired'; returns them with the invited e-mail. */
export function expireOverdueInvitations(db: Trx, now: Date) {
  return db
    .updateTable('invitations as i')
    .from('users as u')
    .set({ status: 'expired' })
    .whereRef('u.id', '=', 'i.user_id')
    .where('i.status', '=', 'pending')
    .where('i.expires_at', '<=', now)
    .returning(['i.id', 'i.organisation_id', 'u.email'])
    .execute();
}

/** The organisation's pending invitations, newest first (at most 500). */
export function listPendingInvitationRows(db: Trx, organisationId: string) {
  return db
    .selectFrom('invitations as i')
    .innerJoin('users as u', 'u.id', 'i.user_id')
    .leftJoin('users as by', 'by.id', 'i.invited_by')
    .select([
      'i.id',
      'i.created_at',
      'i.expires_at',
      'u.role',
      'u.first_name',
      'u.last_name',
      'u.email',
      'by.first_name as by_first',
      'by.last_name as by_last',
    ])
    .where('i.organisation_id', '=', organisationId)
    .where('i.status', '=', 'pending')
    .orderBy('i.created_at', 'desc')
    .limit(500)
    .execute();
}
