/**
 * What documents print about a bilan, gathered from its owners' data: the administrative facts
 * (people, organisation, financing) and, for the certificate and the funder's view, the dates,
 * hours and signed attendance. Never bilan content.
 */
import { parisDate, toParisLocal } from '../../platform/clock.ts';
import type { Trx } from '../../platform/db/kysely.ts';
import { parsePlainDate } from '../../shared/calendar/plain-date.ts';
import { FINANCING_TYPES, financingType } from '../../financing/domain/catalog.ts';
import { completionRateBasisPoints } from '../../seances/domain/counters.ts';
import { readBilanFacts } from '../../bilans/data/bilan-repository.ts';
import { listHeldSeancesWithAttendance, listSeanceRows } from '../../seances/data/seance-repository.ts';
import { readOrganisation } from '../../organisation/data/organisation-repository.ts';
import { readLogoFile } from '../../organisation/data/brand-repository.ts';
import type { AttendanceLine, OrganisationFacts, PlannedSeance } from '../domain/builders.ts';
import type { DocumentFacts } from '../domain/facts.ts';

/** The bilan, its people, organisation and financing, as the document builders need them. */
export async function readDocumentFacts(db: Trx, bilanId: string): Promise<DocumentFacts> {
  const row = await readBilanFacts(db, bilanId);
  const profile = await readOrganisation(db, row.organisation_id);
  const logo = await readLogoFile(db, row.organisation_id);
  const organisation: OrganisationFacts = {
    name: row.name,
    legalName: row.legal_name,
    siret: row.siret,
    address: row.address,
    postalCode: row.postal_code,
    city: row.city,
    phone: row.phone,
    contactEmail: row.contact_email,
    ndaNumber: row.nda_number,
    qualiopiNumber: row.qualiopi_certificate_number,
    vatRegime: profile.vat_regime,
    vatRateBasisPoints: profile.vat_rate_basis_points,
    signatory:
      profile.signatory_name && profile.signatory_role
        ? { name: profile.signatory_name, role: profile.signatory_role }
        : null,
    paymentTerms: profile.payment_terms,
    brand:
      profile.accent_colour || logo
        ? {
            accent: profile.accent_colour,
            logo: logo ? { contentType: logo.contentType, sha256: logo.sha256, base64: logo.bytes.toString('base64') } : null,
          }
        : null,
  };
  return {
    row,
    organisation,
    beneficiary: { firstName: row.b_first, lastName: row.b_last, email: row.b_email },
    consultant: { firstName: row.c_first, lastName: row.c_last },
    financingLabel: FINANCING_TYPES[financingType(row.financing)].label,
  };
}

const signedAt = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Paris' });

/** Dates, hours and signed attendance of a bilan: administrative facts only. */
export async function readCompletionFacts(db: Trx, bilanId: string) {
  const facts = await readDocumentFacts(db, bilanId);
  const held = await listHeldSeancesWithAttendance(db, bilanId);
  const attendance: AttendanceLine[] = held.map((s) => {
    const start = toParisLocal(s.actual_start_at ?? s.starts_at);
    const end = toParisLocal(s.actual_end_at ?? s.ends_at);
    return {
      date: parsePlainDate(start.slice(0, 10)),
      start: start.slice(11, 16),
      end: end.slice(11, 16),
      beneficiarySignedAt: s.b_signed ? signedAt.format(s.b_signed) : null,
      consultantSignedAt: s.c_signed ? signedAt.format(s.c_signed) : null,
    };
  });
  const first = held[0];
  return {
    facts,
    attendance,
    startedOn: first ? parsePlainDate(parisDate(first.actual_start_at ?? first.starts_at)) : null,
    completionBasisPoints: completionRateBasisPoints(
      facts.row.accompaniment_done_minutes,
      facts.row.planned_accompaniment_minutes,
    ),
  };
}

/** The bilan's séances planned or held (not cancelled, not missed), as the quote and the convention list them. */
export async function readPlannedSeances(db: Trx, bilanId: string): Promise<PlannedSeance[]> {
  const rows = await listSeanceRows(db, { bilanId });
  return rows
    .filter((s) => s.status === 'planned' || s.status === 'held')
    .map((s) => {
      const start = toParisLocal(s.starts_at);
      return {
        date: parsePlainDate(start.slice(0, 10)),
        start: start.slice(11, 16),
        end: toParisLocal(s.ends_at).slice(11, 16),
        mode: s.mode,
      };
    });
}
