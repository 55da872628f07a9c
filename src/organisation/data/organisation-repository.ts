/**
 * The organisations table. Creating an organisation row gives it a unique, readable slug (used by
 * its public page); reading, locking and updating the profile; finding a published public page.
 */
import type { Kysely, Selectable, Updateable } from 'kysely';
import type { Database, Organisations } from '../../platform/db/database.ts';
import type { Trx } from '../../platform/db/kysely.ts';
import { parisDate } from '../../platform/clock.ts';
import { parsePlainDate } from '../../shared/calendar/plain-date.ts';
import { qualiopiState } from '../domain/qualiopi.ts';
import type { OrganisationProfileView } from '../contracts/schemas.ts';

type Row = Selectable<Organisations>;

/** The Qualiopi certificate's state today in France (missing, valid, expiring, expired). */
export function qualiopiOf(row: Pick<Row, 'qualiopi_expires_on'>, now: Date): OrganisationProfileView['qualiopi'] {
  const state = qualiopiState(
    row.qualiopi_expires_on ? parsePlainDate(row.qualiopi_expires_on) : null,
    parsePlainDate(parisDate(now)),
  );
  return { level: state.level, message: state.message };
}

/** The profile as its admin reads it. */
export function organisationProfileView(row: Row, now: Date): OrganisationProfileView {
  return {
    name: row.name,
    slug: row.slug,
    legalName: row.legal_name,
    siret: row.siret,
    address: row.address,
    postalCode: row.postal_code,
    city: row.city,
    phone: row.phone,
    contactEmail: row.contact_email,
    ndaNumber: row.nda_number,
    qualiopiCertificateNumber: row.qualiopi_certificate_number,
    qualiopiCertifier: row.qualiopi_certifier,
    qualiopiScope: row.qualiopi_scope,
    qualiopiExpiresOn: row.qualiopi_expires_on,
    accessibilityContactName: row.accessibility_contact_name,
    accessibilityContactEmail: row.accessibility_contact_email,
    accessibilityContactPhone: row.accessibility_contact_phone,
    accessibilityConditions: row.accessibility_conditions,
    commitmentFirstAnswerDays: row.commitment_first_answer_days,
    commitmentFirstAppointmentDays: row.commitment_first_appointment_days,
    followUpMonths: row.follow_up_months,
    publicPageEnabled: row.public_page_enabled,
    vatRegime: row.vat_regime,
    vatRateBasisPoints: row.vat_rate_basis_points,
    signatoryName: row.signatory_name,
    signatoryRole: row.signatory_role,
    paymentTerms: row.payment_terms,
    qualiopi: qualiopiOf(row, now),
  };
}

export function slugify(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return slug || 'organisme';
}

/** The organisation's name. */
export async function readOrganisationName(db: Kysely<Database>, organisationId: string): Promise<string> {
  const row = await db
    .selectFrom('organisations')
    .select('name')
    .where('id', '=', organisationId)
    .executeTakeFirstOrThrow();
  return row.name;
}

export async function insertOrganisation(
  db: Kysely<Database>,
  name: string,
  now: Date,
): Promise<{ id: string; name: string; slug: string }> {
  const base = slugify(name);
  const taken = new Set(
    (await db.selectFrom('organisations').select('slug').where('slug', 'like', `${base}%`).execute()).map(
      (r) => r.slug,
    ),
  );
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  return db
    .insertInto('organisations')
    .values({ name, slug, created_at: now })
    .returning(['id', 'name', 'slug'])
    .executeTakeFirstOrThrow();
}

/** The organisation's row, locked for the transaction when asked. */
export function readOrganisation(db: Trx, organisationId: string, lock = false): Promise<Row> {
  const query = db.selectFrom('organisations').selectAll().where('id', '=', organisationId);
  return (lock ? query.forUpdate() : query).executeTakeFirstOrThrow();
}

/** Whether another organisation already uses this slug. */
export async function isSlugTaken(db: Trx, slug: string): Promise<boolean> {
  return Boolean(await db.selectFrom('organisations').select('id').where('slug', '=', slug).executeTakeFirst());
}

export function updateOrganisation(
  db: Trx,
  organisationId: string,
  values: Updateable<Organisations>,
): Promise<Row> {
  return db
    .updateTable('organisations')
    .set(values)
    .where('id', '=', organisationId)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The organisation whose public page is online at this slug, if any. */
export function findPublishedOrganisation(db: Trx, slug: string): Promise<Row | undefined> {
  return db
    .selectFrom('organisations')
    .selectAll()
    .where('slug', '=', slug)
    .where('public_page_enabled', '=', true)
    .executeTakeFirst();
}

/** The organisation's published commitment: days to answer a contact request. */
export async function readFirstAnswerDays(db: Trx, organisationId: string): Promise<number | null> {
  const row = await db
    .selectFrom('organisations')
    .select('commitment_first_answer_days')
    .where('id', '=', organisationId)
    .executeTakeFirstOrThrow();
  return row.commitment_first_answer_days;
}

/** The organisation with this name, whatever its case, if any (the operator's command). */
export function findOrganisationByName(db: Trx, name: string): Promise<{ id: string; name: string } | undefined> {
  return db
    .selectFrom('organisations')
    .select(['id', 'name'])
    .where((eb) => eb(eb.fn('lower', ['name']), '=', name.toLowerCase()))
    .executeTakeFirst();
}

/** Whether any organisation exists. */
export async function anyOrganisationExists(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectFrom('organisations').select('id').limit(1).executeTakeFirst();
  return row !== undefined;
}
