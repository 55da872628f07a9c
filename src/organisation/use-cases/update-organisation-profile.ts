/**
 * The admin edits the organisation's profile: identity, NDA, Qualiopi certificate, accessibility
 * contact, published commitments, public page (its slug stays unique), the VAT regime and the
 * person who signs documents for the organisation, and the payment terms of its quotes and
 * conventions. The changed fields are audited.
 */
import { parsePlainDate } from '../../shared/calendar/plain-date.ts';
import type { OrganisationProfile, OrganisationProfileView } from '../contracts/schemas.ts';
import { AppError } from '../../shared/errors.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { auditContext } from '../../platform/deps.ts';
import { requireRole } from '../../platform/authorize.ts';
import {
  isSlugTaken,
  organisationProfileView,
  readOrganisation,
  updateOrganisation,
} from '../data/organisation-repository.ts';

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
    const before = await readOrganisation(trx, actor.organisationId, true);
    if (input.slug !== before.slug && (await isSlugTaken(trx, input.slug)))
      throw new AppError('slug_taken', {
        fields: { slug: 'Cette adresse est déjà prise par un autre organisme : choisissez-en une autre.' },
      });
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
      vat_regime: input.vatRegime,
      vat_rate_basis_points: input.vatRate,
      signatory_name: input.signatoryName,
      signatory_role: input.signatoryRole,
      payment_terms: input.paymentTerms,
    };
    const changed = Object.entries(values)
      .filter(([key, value]) => (before as Record<string, unknown>)[key] !== value)
      .map(([key]) => key);
    const row = await updateOrganisation(trx, actor.organisationId, values);
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
    return organisationProfileView(row, now);
  });
}
