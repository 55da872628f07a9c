/**
 * The admin creates an offer (prestation). Accompaniment hours never exceed the legal maximum in
 * force (L6313-4).
 */
import { parisDate } from '../../platform/clock.ts';
import { parsePlainDate } from '../../shared/calendar/plain-date.ts';
import type { Offer, OfferView } from '../contracts/schemas.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { auditContext } from '../../platform/deps.ts';
import { requireRole } from '../../platform/authorize.ts';
import { checkOfferHours } from '../domain/offer-hours.ts';
import { insertOffer, offerView } from '../data/offer-repository.ts';

export async function createOffer(deps: Deps, actor: Actor, input: Offer): Promise<OfferView> {
  requireRole(actor, 'admin');
  const now = deps.clock.now();
  checkOfferHours(input, parsePlainDate(parisDate(now)));
  return deps.db.transaction().execute(async (trx) => {
    const row = await insertOffer(trx, actor.organisationId, input, now);
    await deps.audit.record(
      trx,
      auditContext(actor),
      { action: 'offer.created', subjectType: 'offer', subjectId: row.id, details: { title: row.title } },
      now,
    );
    return offerView(row);
  });
}
