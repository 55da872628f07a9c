/**
 * « Renvoyer le lien » (decisions 026 and 045): the beneficiary sends the recipient a new link,
 * for the same documents until the same last day; the previous link opens nothing any more, and
 * the new one opens once, even if the previous one was already used. A withdrawn or expired share
 * is not sent again: the beneficiary creates a new one.
 */
import { readOrganisationName } from '../../organisation/data/organisation-repository.ts';
import { requireRole } from '../../platform/authorize.ts';
import { auditContext, type Actor, type Deps } from '../../platform/deps.ts';
import { AppError } from '../../shared/errors.ts';
import type { SharedDocument } from '../contracts/schemas.ts';
import type { ShareSources } from '../data/documents/source.ts';
import { lockOwnShare, replaceLink } from '../data/share-repository.ts';
import { lastDayOf } from '../data/share-views.ts';
import { NOT_YET_AVAILABLE } from '../domain/documents.ts';
import { shareEmail } from '../domain/emails.ts';

export async function resendShare(deps: Deps, sources: ShareSources, actor: Actor, shareId: string): Promise<void> {
  requireRole(actor, 'beneficiary');
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const share = await lockOwnShare(trx, actor.organisationId, actor.userId, shareId);
    if (!share) throw new AppError('not_found');
    if (share.revoked_at)
      throw new AppError('share_refused', {
        message: 'Ce partage a été retiré : son lien ne peut plus être renvoyé. Créez un nouveau partage.',
      });
    if (share.expires_at <= now)
      throw new AppError('share_refused', {
        message: 'Ce partage a expiré : son lien ne peut plus être renvoyé. Créez un nouveau partage.',
      });
    const documents = share.documents as SharedDocument[];
    for (const document of documents) {
      if (!(await sources[document].available(trx, share.organisation_id, share.bilan_id)))
        throw new AppError('share_refused', { message: NOT_YET_AVAILABLE[document] });
    }
    const { token, hash } = deps.tokens.create();
    await replaceLink(trx, share.id, hash, now);
    const url = `${deps.publicUrl}/partage/${token}`;
    await deps.outbox.enqueue(
      trx,
      {
        organisationId: share.organisation_id,
        kind: 'share_link',
        to: share.recipient_email,
        message: shareEmail({
          beneficiaryName: `${actor.firstName} ${actor.lastName}`,
          recipientName: share.recipient_name,
          organisationName: await readOrganisationName(trx, share.organisation_id),
          documents,
          lastDay: lastDayOf(share.expires_at),
          url,
          resent: true,
        }),
        personalLink: { url, expiresAt: share.expires_at },
      },
      now,
    );
    await deps.audit.record(
      trx,
      auditContext(actor),
      { action: 'share.resent', subjectType: 'share', subjectId: share.id, bilanId: share.bilan_id, details: {} },
      now,
    );
  });
  deps.emailsQueued();
}
