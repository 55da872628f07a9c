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
import { listHeldSeancesWithAttendance } from '../../seances/data/seance-repository.ts';
import type { AttendanceLine, OrganisationFacts } from '../domain/builders.ts';
import type { DocumentFacts } from '../domain/facts.ts';

/** The bilan, its people, organisation and financing, as the document builders need them. */
export async function readDocumentFacts(db: Trx, bilanId: string): Promise<DocumentFacts> {
  const row = await readBilanFacts(db, bilanId);
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
