/**
 * Delivers pending outbox e-mails over SMTP. Safe to run concurrently (rows are claimed with
 * SKIP LOCKED) and repeatedly; a message that keeps failing is marked 'failed' after a few tries
 * and stays readable in the outbox.
 */
import type { Db } from '../../platform/db/kysely.ts';
import type { Logger } from '../../platform/logger.ts';
import type { MailTransport } from '../../platform/email/transport.ts';

export const MAX_ATTEMPTS = 5;

export async function deliverPendingEmails(
  deps: { db: Db; log: Logger },
  transport: MailTransport,
  now: Date,
  batch = 20,
): Promise<{ sent: number; failed: number }> {
  return deps.db.transaction().execute(async (trx) => {
    const pending = await trx
      .selectFrom('outbox_emails')
      .select(['id', 'to_address', 'subject', 'text_body', 'html_body', 'attempts', 'attachments'])
      .where('status', '=', 'pending')
      .orderBy('created_at')
      .limit(batch)
      .forUpdate()
      .skipLocked()
      .execute();
    let sent = 0;
    let failed = 0;
    for (const mail of pending) {
      try {
        await transport.send({
          to: mail.to_address,
          subject: mail.subject,
          text: mail.text_body,
          html: mail.html_body,
          attachments: mail.attachments,
        });
        await trx
          .updateTable('outbox_emails')
          .set({ status: 'sent', sent_at: now, attempts: mail.attempts + 1, last_error: null })
          .where('id', '=', mail.id)
          .execute();
        sent++;
      } catch (error) {
        const attempts = mail.attempts + 1;
        const message = error instanceof Error ? error.message : String(error);
        deps.log.warn({ emailId: mail.id, attempts, error: message }, 'Envoi de courriel échoué');
        await trx
          .updateTable('outbox_emails')
          .set({ attempts, last_error: message.slice(0, 500), status: attempts >= MAX_ATTEMPTS ? 'failed' : 'pending' })
          .where('id', '=', mail.id)
          .execute();
        failed++;
      }
    }
    return { sent, failed };
  });
}
