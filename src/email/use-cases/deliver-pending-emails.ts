/**
 * Delivers pending outbox e-mails over SMTP. Safe to run concurrently (rows are claimed with
 * SKIP LOCKED) and repeatedly; a message that keeps failing is marked 'failed' after a few tries
 * and stays in the outbox. Once a message is sent, or given up, its personal link is removed from
 * the stored bodies: nobody but its addressee can read it any more (decision 026). A message of an
 * organisation that has a logo shows it at the top of its HTML part, attached inline (decision 036).
 */
import type { Db } from '../../platform/db/kysely.ts';
import type { Logger } from '../../platform/logger.ts';
import type { MailTransport, OutgoingEmail } from '../../platform/email/transport.ts';
import { MAX_ATTEMPTS } from '../domain/delivery.ts';
import { LINK_REMOVED, withoutLink } from '../domain/personal-link.ts';
import { claimPendingEmails, markEmailFailed, markEmailSent, type LinkRemoval } from '../data/outbox.ts';
import { LOGO_CID, withLogo } from '../domain/message.ts';
import { readLogoFile } from '../../organisation/data/brand-repository.ts';
import { readOrganisationName } from '../../organisation/data/organisation-repository.ts';

type Attachment = NonNullable<OutgoingEmail['attachments']>[number];

/** The organisation's logo as an inline attachment, and its name for the image's text. */
async function brandOf(trx: Db, organisationId: string): Promise<{ name: string; logo: Attachment } | null> {
  const file = await readLogoFile(trx, organisationId);
  if (!file) return null;
  return {
    name: await readOrganisationName(trx, organisationId),
    logo: {
      filename: file.contentType === 'image/png' ? 'logo.png' : 'logo.jpg',
      contentType: file.contentType,
      contentBase64: file.bytes.toString('base64'),
      cid: LOGO_CID,
    },
  };
}

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
    const brands = new Map<string, Awaited<ReturnType<typeof brandOf>>>();
    for (const mail of pending) {
      // An organisation's message shows its logo (decision 036), read once per batch.
      const organisationId = mail.organisation_id;
      if (organisationId && !brands.has(organisationId)) brands.set(organisationId, await brandOf(trx, organisationId));
      const brand = organisationId ? brands.get(organisationId) : null;
      const branded = brand ? withLogo(mail.html_body, brand.name) : null;
      const removal: LinkRemoval | undefined = mail.link_url
        ? withoutLink({ text: mail.text_body, html: mail.html_body }, mail.link_url, LINK_REMOVED)
        : undefined;
      try {
        await transport.send({
          to: mail.to_address,
          subject: mail.subject,
          text: mail.text_body,
          html: branded ?? mail.html_body,
          attachments: branded && brand ? [...(mail.attachments ?? []), brand.logo] : mail.attachments,
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
