/**
 * Delivers pending outbox e-mails over SMTP. Safe to run concurrently (rows are claimed with
 * SKIP LOCKED) and repeatedly; a message that keeps failing is marked 'failed' after a few tries
 * and stays in the outbox. Once a message is sent, or given up, its personal link is removed from
 * the stored bodies: nobody but its addressee can read it any more (decision 026).
 */
import type { Db } from '../../platform/db/kysely.ts';
import type { Logger } from '../../platform/logger.ts';
import type { MailTransport } from '../../platform/email/transport.ts';
import { MAX_ATTEMPTS } from '../domain/delivery.ts';
import { LINK_REMOVED, withoutLink } from '../domain/personal-link.ts';
import { claimPendingEmails, markEmailFailed, markEmailSent, type LinkRemoval } from '../data/outbox.ts';

export async function deliverPendingEmails(
  deps: { db: Db; log: Logger },
  transport: MailTransport,
  now: Date,
  batch = 20,
): Promise<{ sent: number; failed: number }> {
  return deps.db.transaction().execute(async (trx) => {
    const pending = await claimPendingEmails(trx, batch);
    let sent = 0;
    let failed = 0;
    for (const mail of pending) {
      const removal: LinkRemoval | undefined = mail.link_url
        ? withoutLink({ text: mail.text_body, html: mail.html_body }, mail.link_url, LINK_REMOVED)
        : undefined;
      try {
        await transport.send({
          to: mail.to_address,
          subject: mail.subject,
          text: mail.text_body,
          html: mail.html_body,
          attachments: mail.attachments,
        });
        await markEmailSent(trx, mail.id, mail.attempts + 1, now, removal);
        sent++;
      } catch (error) {
        const attempts = mail.attempts + 1;
        const message = error instanceof Error ? error.message : String(error);
        deps.log.warn({ emailId: mail.id, attempts, error: message }, 'Envoi de courriel échoué');
        const givenUp = attempts >= MAX_ATTEMPTS;
        await markEmailFailed(
          trx,
          mail.id,
          {
            attempts,
            lastError: message.slice(0, 500),
            status: givenUp ? 'failed' : 'pending',
            removal: givenUp ? removal : undefined,
          },
          now,
        );
        failed++;
      }
    }
    return { sent, failed };
  });
}
