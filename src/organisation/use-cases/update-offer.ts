/**
 * The admin edits an offer (prestation) or switches it on or off. Accompaniment hours never exceed
 * the legal maximum in force (L6313-4).
 */
import { parisDate } from '../../platform/clock.ts';
import { parsePlainDate } from '../../shared/calendar/plain-date.ts';
import type { Offer, OfferView } from '../contracts/schemas.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { auditContext } from '../../platform/deps.ts';
import { notFound, requireRole } from '../../platform/authorize.ts';
import { checkOfferHours } from '../domain/offer-hours.ts';
import { offerView, updateOfferRow } from '../data/offer-repository.ts';

export async function updateOffer(deps: Deps, actor: Actor, offerId: string, input: Offer): Promise<OfferView> {
  requireRole(actor, 'admin');
  const now = deps.clock.now();
  checkOfferHours(input, parsePlainDate(parisDate(now)));
  return deps.db.transaction().execute(async (trx) => {
    const row = await updateOfferRow(trx, actor.organisationId, offerId, input, now);
    if (!row) notFound();
    await deps.audit.record(
      trx,
      auditContext(actor),
      {
        action: 'offer.updated',
        subjectType: 'offer',
        subjectId: row.id,
        details: { title: row.title, active: row.active },
      },
      now,
    );
    return offerView(row);
  });
}
