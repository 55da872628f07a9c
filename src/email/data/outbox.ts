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
