/**
 * The admin reads and edits the organisation's profile: identity, NDA, Qualiopi certificate,
 * accessibility contact, published commitments, public page. The Qualiopi state (missing,
 * expiring, expired) comes from the domain with today's date in France.
 */
import type { Selectable } from 'kysely';
import { parisDate } from '../../platform/clock.ts';
import { parsePlainDate } from '../../shared/calendar/plain-date.ts';
import { qualiopiState } from '../domain/qualiopi.ts';
import type { OrganisationProfile, OrganisationProfileView } from '../../intake/contracts/schemas.ts';
import { AppError } from '../../shared/errors.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { auditContext } from '../../platform/deps.ts';
import { requireRole } from '../../platform/authorize.ts';
import type { Organisations } from '../../platform/db/database.ts';

type Row = Selectable<Organisations>;

export function qualiopiOf(row: Pick<Row, 'qualiopi_expires_on'>, now: Date): OrganisationProfileView['qualiopi'] {
  const state = qualiopiState(
    row.qualiopi_expires_on ? parsePlainDate(row.qualiopi_expires_on) : null,
    parsePlainDate(parisDate(now)),
  );
  return { level: state.level, message: state.message };
}

function toView(row: Row, now: Date): OrganisationProfileView {
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
    qualiopi: qualiopiOf(row, now),
  };
}

export async function getOrganisationProfile(deps: Deps, actor: Actor): Promise<OrganisationProfileView> {
  requireRole(actor, 'admin');
  const row = await deps.db
    .selectFrom('organisations')
    .selectAll()
    .where('id', '=', actor.organisationId)
    .executeTakeFirstOrThrow();
  return toView(row, deps.clock.now());
}

export async function updateOrganisationProfile(
  deps: Deps,
  actor: Actor,
  input: OrganisationProfile,
): Promise<OrganisationProfileView> {
  requireRole(actor, 'admin');
  if (input.qualiopiExpiresOn) {
    try {
      parsePlainDate(input.qualiopiExpiresOn);
    } catch {
      throw new AppError('validation_failed', {
        fields: { qualiopiExpiresOn: 'Indiquez une date valide, par exemple 31/12/2027.' },
      });
    }
  }
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('organisations')
      .selectAll()
      .where('id', '=', actor.organisationId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (input.slug !== before.slug) {
      const taken = await trx
        .selectFrom('organisations')
        .select('id')
        .where('slug', '=', input.slug)
        .executeTakeFirst();
      if (taken)
        throw new AppError('slug_taken', {
          fields: { slug: 'Cette adresse est déjà prise par un autre organisme : choisissez-en une autre.' },
        });
    }
    const values = {
      name: input.name,
      slug: input.slug,
      legal_name: input.legalName,
      siret: input.siret,
      address: input.address,
      postal_code: input.postalCode,
      city: input.city,
      phone: input.phone,
      contact_email: input.contactEmail,
      nda_number: input.ndaNumber,
      qualiopi_certificate_number: input.qualiopiCertificateNumber,
      qualiopi_certifier: input.qualiopiCertifier,
      qualiopi_scope: input.qualiopiScope,
      qualiopi_expires_on: input.qualiopiExpiresOn,
      accessibility_contact_name: input.accessibilityContactName,
      accessibility_contact_email: input.accessibilityContactEmail,
      accessibility_contact_phone: input.accessibilityContactPhone,
      accessibility_conditions: input.accessibilityConditions,
      commitment_first_answer_days: input.commitmentFirstAnswerDays,
      commitment_first_appointment_days: input.commitmentFirstAppointmentDays,
      follow_up_months: input.followUpMonths,
      public_page_enabled: input.publicPageEnabled,
    };
    const changed = Object.entries(values)
      .filter(([key, value]) => (before as Record<string, unknown>)[key] !== value)
      .map(([key]) => key);
    const row = await trx
      .updateTable('organisations')
      .set(values)
      .where('id', '=', actor.organisationId)
      .returningAll()
      .executeTakeFirstOrThrow();
    if (changed.length > 0) {
      await deps.audit.record(
        trx,
        auditContext(actor),
        {
          action: 'organisation.profile_updated',
          subjectType: 'organisation',
          subjectId: actor.organisationId,
          details: { fields: changed },
        },
        now,
      );
    }
    return toView(row, now);
  });
}
