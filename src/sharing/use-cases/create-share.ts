/**
 * The beneficiary shares documents of their bilan with a named recipient (decision 045): the act
 * is their consent, given on a page that says what goes to whom until when. The share, its link
 * (SHA-256 only), the e-mail carrying it (`personalLink`, decision 026) and the audit event are
 * written in one transaction: either all of them or nothing.
 */
import { lockBilan } from '../../bilans/data/bilan-access.ts';
import { readOrganisationName } from '../../organisation/data/organisation-repository.ts';
import { requireRole } from '../../platform/authorize.ts';
import { parisDate } from '../../platform/clock.ts';
import { auditContext, type Actor, type Deps } from '../../platform/deps.ts';
import { parsePlainDate } from '../../shared/calendar/plain-date.ts';
import { AppError } from '../../shared/errors.ts';
import type { CreateShare } from '../contracts/schemas.ts';
import type { ShareSources } from '../data/documents/source.ts';
import { countShares, insertShare } from '../data/share-repository.ts';
import { expiryOf } from '../data/share-views.ts';
import { consentText } from '../domain/consent.ts';
import { NOT_YET_AVAILABLE } from '../domain/documents.ts';
import { shareEmail } from '../domain/emails.ts';
import { MAX_SHARES_PER_BILAN, checkLastDay } from '../domain/rules.ts';

export async function createShare(
  deps: Deps,
  sources: ShareSources,
  actor: Actor,
  bilanId: string,
  input: CreateShare,
): Promise<{ shareId: string }> {
  requireRole(actor, 'beneficiary');
  const now = deps.clock.now();
  const shareId = await deps.db.transaction().execute(async (trx) => {
    const bilan = await lockBilan(trx, actor, bilanId, 'beneficiary');
    const dayProblem = checkLastDay(input.expiresOn, parsePlainDate(parisDate(now)));
    if (dayProblem) throw new AppError('validation_failed', { fields: { expiresOn: dayProblem } });
    if ((await countShares(trx, bilan.id)) >= MAX_SHARES_PER_BILAN)
      throw new AppError('share_refused', {
        message: `Un bilan compte au plus ${MAX_SHARES_PER_BILAN} partages : retirez-en ou attendez qu’ils expirent.`,
      });
    for (const document of input.documents) {
      if (!(await sources[document].available(trx, bilan.organisation_id, bilan.id)))
        throw new AppError('share_refused', { message: NOT_YET_AVAILABLE[document] });
    }
    const { token, hash } = deps.tokens.create();
    const expiresAt = expiryOf(input.expiresOn);
    const id = await insertShare(trx, {
      organisation_id: bilan.organisation_id,
      bilan_id: bilan.id,
      recipient_name: input.recipientName,
      recipient_email: input.recipientEmail,
      recipient_kind: input.recipientKind,
      documents: input.documents,
      expires_at: expiresAt,
      consent_text: consentText({ ...input, lastDay: input.expiresOn }),
      token_hash: hash,
      created_by: actor.userId,
      created_at: now,
    });
    const url = `${deps.publicUrl}/partage/${token}`;
    await deps.outbox.enqueue(
      trx,
      {
        organisationId: bilan.organisation_id,
        kind: 'share_link',
        to: input.recipientEmail,
        message: shareEmail({
          beneficiaryName: `${actor.firstName} ${actor.lastName}`,
          recipientName: input.recipientName,
          organisationName: await readOrganisationName(trx, bilan.organisation_id),
          documents: input.documents,
          lastDay: input.expiresOn,
          url,
          resent: false,
        }),
        personalLink: { url, expiresAt },
      },
      now,
    );
    await deps.audit.record(
      trx,
      auditContext(actor),
      {
        action: 'share.created',
        subjectType: 'share',
        subjectId: id,
        bilanId: bilan.id,
        details: {
          recipientName: input.recipientName,
          recipientKind: input.recipientKind,
          documents: input.documents,
          expiresAt: expiresAt.toISOString(),
        },
      },
      now,
    );
    return id;
  });
  deps.emailsQueued();
  return { shareId };
}
