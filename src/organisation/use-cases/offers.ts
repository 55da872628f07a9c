/**
 * The organisation's offers (prestations): the admin lists, creates and edits them, and switches
 * them on or off. Accompaniment hours never exceed the legal maximum in force (L6313-4).
 */
import type { Selectable } from 'kysely';
import { parisDate } from '../../platform/clock.ts';
import { parsePlainDate } from '../../shared/calendar/plain-date.ts';
import { parameterAt } from '../../shared/parameters/lookup.ts';
import { formatMinutes } from '../../shared/labels.ts';
import type { Offer, OfferView } from '../../intake/contracts/schemas.ts';
import { AppError } from '../../shared/errors.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { auditContext } from '../../platform/deps.ts';
import { notFound, requireRole } from '../../platform/authorize.ts';
import type { Offers } from '../../platform/db/database.ts';

export function offerView(row: Selectable<Offers>): OfferView {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    accompanimentMinutes: row.accompaniment_minutes,
    personalWorkMinutes: row.personal_work_minutes,
    modality: row.modality,
    places: row.places,
    priceCents: row.price_cents,
    accessDelay: row.access_delay,
    active: row.active,
  };
}

function checkHours(input: Offer, now: Date): void {
  const max = parameterAt('bilan.maxAccompanimentMinutes', parsePlainDate(parisDate(now)));
  if (input.accompanimentHours <= 0)
    throw new AppError('validation_failed', {
      fields: { accompanimentHours: 'Indiquez un nombre d’heures d’accompagnement supérieur à zéro.' },
    });
  if (input.accompanimentHours > max) {
    throw new AppError('validation_failed', {
      fields: { accompanimentHours: `Un bilan compte au plus ${formatMinutes(max)} d’accompagnement.` },
    });
  }
  if (input.personalWorkHours > 200 * 60)
    throw new AppError('validation_failed', {
      fields: { personalWorkHours: 'Indiquez au plus 200 heures de travail personnel.' },
    });
}

function columns(input: Offer) {
  return {
    title: input.title,
    description: input.description,
    accompaniment_minutes: input.accompanimentHours,
    personal_work_minutes: input.personalWorkHours,
    modality: input.modality,
    places: input.modality === 'remote' ? '' : input.places,
    price_cents: input.price,
    access_delay: input.accessDelay,
    active: input.active,
  };
}

export async function listOffers(deps: Deps, actor: Actor): Promise<OfferView[]> {
  requireRole(actor, 'admin');
  const rows = await deps.db
    .selectFrom('offers')
    .selectAll()
    .where('organisation_id', '=', actor.organisationId)
    .orderBy('active', 'desc')
    .orderBy('title')
    .execute();
  return rows.map(offerView);
}

export async function createOffer(deps: Deps, actor: Actor, input: Offer): Promise<OfferView> {
  requireRole(actor, 'admin');
  const now = deps.clock.now();
  checkHours(input, now);
  return deps.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('offers')
      .values({ organisation_id: actor.organisationId, ...columns(input), created_at: now, updated_at: now })
      .returningAll()
      .executeTakeFirstOrThrow();
    await deps.audit.record(
      trx,
      auditContext(actor),
      { action: 'offer.created', subjectType: 'offer', subjectId: row.id, details: { title: row.title } },
      now,
    );
    return offerView(row);
  });
}

export async function updateOffer(deps: Deps, actor: Actor, offerId: string, input: Offer): Promise<OfferView> {
  requireRole(actor, 'admin');
  const now = deps.clock.now();
  checkHours(input, now);
  return deps.db.transaction().execute(async (trx) => {
    const row = await trx
      .updateTable('offers')
      .set({ ...columns(input), updated_at: now })
      .where('id', '=', offerId)
      .where('organisation_id', '=', actor.organisationId)
      .returningAll()
      .executeTakeFirst();
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
