/**
 * The offers table: the organisation's offers (prestations), listed, created and edited by its
 * admin, the active ones shown on its public page.
 */
import type { Selectable } from 'kysely';
import type { Offers } from '../../platform/db/database.ts';
import type { Trx } from '../../platform/db/kysely.ts';
import type { Offer, OfferView } from '../contracts/schemas.ts';

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

/** The organisation's offers, active first, by title. */
export function listOrganisationOffers(db: Trx, organisationId: string): Promise<Selectable<Offers>[]> {
  return db
    .selectFrom('offers')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .orderBy('active', 'desc')
    .orderBy('title')
    .execute();
}

/** The organisation's active offers, by title (its public page). */
export function listActiveOffers(db: Trx, organisationId: string): Promise<Selectable<Offers>[]> {
  return db
    .selectFrom('offers')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('active', '=', true)
    .orderBy('title')
    .execute();
}

/** Whether the offer is one of the organisation's active offers. */
export async function isActiveOffer(db: Trx, offerId: string, organisationId: string): Promise<boolean> {
  const row = await db
    .selectFrom('offers')
    .select('id')
    .where('id', '=', offerId)
    .where('organisation_id', '=', organisationId)
    .where('active', '=', true)
    .executeTakeFirst();
  return Boolean(row);
}

/** One of the organisation's offers (active or not), if it exists. */
export function findOrganisationOffer(
  db: Trx,
  offerId: string,
  organisationId: string,
): Promise<Selectable<Offers> | undefined> {
  return db
    .selectFrom('offers')
    .selectAll()
    .where('id', '=', offerId)
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
}

/** An offer's id and title, if it exists. */
export function findOfferTitle(db: Trx, offerId: string): Promise<{ id: string; title: string } | undefined> {
  return db.selectFrom('offers').select(['id', 'title']).where('id', '=', offerId).executeTakeFirst();
}

export function insertOffer(db: Trx, organisationId: string, input: Offer, now: Date): Promise<Selectable<Offers>> {
  return db
    .insertInto('offers')
    .values({ organisation_id: organisationId, ...columns(input), created_at: now, updated_at: now })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Updates the organisation's offer; undefined when it has no such offer. */
export function updateOfferRow(
  db: Trx,
  organisationId: string,
  offerId: string,
  input: Offer,
  now: Date,
): Promise<Selectable<Offers> | undefined> {
  return db
    .updateTable('offers')
    .set({ ...columns(input), updated_at: now })
    .where('id', '=', offerId)
    .where('organisation_id', '=', organisationId)
    .returningAll()
    .executeTakeFirst();
}
