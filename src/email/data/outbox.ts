/**
 * The e-mail outbox: every message is written here in the transaction that causes it.
 * Delivery (SMTP) happens after commit, by `deliverPendingEmails`; without SMTP, messages stay
 * here for the organisation's admins to read.
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

export async function enqueueEmail(
  db: Kysely<Database>,
  input: { organisationId: string | null; kind: string; to: string; message: EmailMessage },
  at: Date,
): Promise<string> {
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
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The oldest pending messages, locked (SKIP LOCKED: concurrent deliveries take different ones). */
export function claimPendingEmails(db: Kysely<Database>, batch: number) {
  return db
    .selectFrom('outbox_emails')
    .select(['id', 'to_address', 'subject', 'text_body', 'html_body', 'attempts', 'attachments'])
    .where('status', '=', 'pending')
    .orderBy('created_at')
    .limit(batch)
    .forUpdate()
    .skipLocked()
    .execute();
}

export async function markEmailSent(db: Kysely<Database>, id: string, attempts: number, at: Date): Promise<void> {
  await db
    .updateTable('outbox_emails')
    .set({ status: 'sent', sent_at: at, attempts, last_error: null })
    .where('id', '=', id)
    .execute();
}

export async function markEmailFailed(
  db: Kysely<Database>,
  id: string,
  update: { attempts: number; lastError: string; status: 'pending' | 'failed' },
): Promise<void> {
  await db
    .updateTable('outbox_emails')
    .set({ attempts: update.attempts, last_error: update.lastError, status: update.status })
    .where('id', '=', id)
    .execute();
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
