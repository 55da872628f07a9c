/**
 * The e-mail outbox: every message is written here in the transaction that causes it.
 * Delivery (SMTP) happens after commit, by `deliverPendingEmails`; without SMTP, messages stay
 * here for the organisation's admins to read. A message's personal link (`link_url`) stays in its
 * bodies only until it is delivered, given up or expired (decision 026).
 */
import type { Kysely } from 'kysely';
import type { EmailMessage } from '../domain/message.ts';
import type { Database } from '../../platform/db/database.ts';

/** An attachment as stored with the message (jsonb), its content in base64. */
export interface StoredAttachment {
  filename: string;
  contentType: string;
  contentBase64: string;
}

/** An address whose path holds a 43-character base64url segment: a token of the tokens module. */
const TOKEN_IN_URL = /https?:\/\/\S*\/[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/;

export async function enqueueEmail(
  db: Kysely<Database>,
  input: {
    organisationId: string | null;
    kind: string;
    to: string;
    message: EmailMessage;
    personalLink?: { url: string; expiresAt: Date };
  },
  at: Date,
): Promise<string> {
  const link = input.personalLink;
  if (link && !input.message.text.includes(link.url)) throw new Error(`The ${input.kind} e-mail lacks its personal link`);
  // A single-use token (32 random bytes in base64url) in a message that declares no personal link
  // would stay readable forever: refuse it, so every new kind of link is declared (decision 026).
  const rest = link ? input.message.text.replaceAll(link.url, '') : input.message.text;
  if (TOKEN_IN_URL.test(rest)) throw new Error(`The ${input.kind} e-mail carries a link it does not declare as personal`);
  const row = await db
    .insertInto('outbox_emails')
    .values({
      organisation_id: input.organisationId,
      kind: input.kind,
      to_address: input.to,
      subject: input.message.subject,
      text_body: input.message.text,
      html_body: input.message.html,
      attachments: JSON.stringify(
        (input.message.attachments ?? []).map((a) => ({
          filename: a.filename,
          contentType: a.contentType,
          contentBase64: Buffer.from(a.content, 'utf8').toString('base64'),
        })),
      ),
      created_at: at,
      link_url: link?.url ?? null,
      link_expires_at: link?.expiresAt ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The oldest pending messages, locked (SKIP LOCKED: concurrent deliveries take different ones). */
export function claimPendingEmails(db: Kysely<Database>, batch: number) {
  return db
    .selectFrom('outbox_emails')
    .select([
      'id',
      'organisation_id',
      'to_address',
      'subject',
      'text_body',
      'html_body',
      'attempts',
      'attachments',
      'link_url',
    ])
    .where('status', '=', 'pending')
    .orderBy('created_at')
    .limit(batch)
    .forUpdate()
    .skipLocked()
    .execute();
}

/** The bodies that replace a message's bodies when its personal link is removed. */
export interface LinkRemoval {
  text: string;
  html: string;
}

const removing = (removal: LinkRemoval | undefined, at: Date) =>
  removal ? { text_body: removal.text, html_body: removal.html, link_url: null, link_removed_at: at } : {};

/** Marks a message sent; its personal link, if any, is removed from it at the same time. */
export async function markEmailSent(
  db: Kysely<Database>,
  id: string,
  attempts: number,
  at: Date,
  removal?: LinkRemoval,
): Promise<void> {
  await db
    .updateTable('outbox_emails')
    .set({ status: 'sent', sent_at: at, attempts, last_error: null, ...removing(removal, at) })
    .where('id', '=', id)
    .execute();
}

export async function markEmailFailed(
  db: Kysely<Database>,
  id: string,
  update: { attempts: number; lastError: string; status: 'pending' | 'failed'; removal?: LinkRemoval },
  at: Date,
): Promise<void> {
  await db
    .updateTable('outbox_emails')
    .set({
      attempts: update.attempts,
      last_error: update.lastError,
      status: update.status,
      ...removing(update.removal, at),
    })
    .where('id', '=', id)
    .execute();
}

/** Messages still holding a personal link that no longer works, locked (SKIP LOCKED), oldest first. */
export function claimExpiredLinks(db: Kysely<Database>, now: Date, batch: number) {
  return db
    .selectFrom('outbox_emails')
    .select(['id', 'text_body', 'html_body', 'link_url'])
    .where('link_url', 'is not', null)
    .where('link_expires_at', '<=', now)
    .orderBy('link_expires_at')
    .limit(batch)
    .forUpdate()
    .skipLocked()
    .execute();
}

/** Removes a message's personal link, whatever its delivery state. */
export async function removeEmailLink(db: Kysely<Database>, id: string, removal: LinkRemoval, at: Date): Promise<void> {
  await db.updateTable('outbox_emails').set(removing(removal, at)).where('id', '=', id).execute();
}

/** One message of the organisation, with its bodies. */
export function findOutboxMessage(db: Kysely<Database>, organisationId: string, id: string) {
  return db
    .selectFrom('outbox_emails')
    .select(['id', 'kind', 'text_body', 'html_body', 'link_url'])
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** A page of the organisation's messages, newest first, after the cursor's message if given. */
export function listOutboxRows(
  db: Kysely<Database>,
  organisationId: string,
  after: { at: Date; id: string } | undefined,
  limit: number,
) {
  let query = db
    .selectFrom('outbox_emails')
    .select([
      'id',
      'kind',
      'to_address',
      'subject',
      'created_at',
      'status',
      'sent_at',
      'last_error',
      'text_body',
      'attachments',
      'link_url',
      'link_removed_at',
    ])
    .where('organisation_id', '=', organisationId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit);
  if (after) {
    query = query.where((eb) =>
      eb.or([eb('created_at', '<', after.at), eb.and([eb('created_at', '=', after.at), eb('id', '<', after.id)])]),
    );
  }
  return query.execute();
}
