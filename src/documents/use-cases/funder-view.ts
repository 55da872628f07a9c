/**
 * The funder's and employer's view (read-only): dates, signed hours, completion, attendance
 * proof (signed séances with their times, never notes) and the certificate's status. The
 * bilan's consultant reads it and downloads it as PDF to send; no content is ever read here.
 */
import { parisDate } from '../../platform/clock.ts';
import { buildFunderView } from '../domain/builders.ts';
import { parsePlainDate } from '../../shared/calendar/plain-date.ts';
import { PHASE_LABELS } from '../../shared/labels.ts';
import type { FunderView } from '../contracts/schemas.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { requireRole } from '../../platform/authorize.ts';
import { completionFacts } from './certificate.ts';
import { documentReference } from './document-store.ts';
import { isOpen } from '../../bilans/domain/phases.ts';
import { readBilan } from '../../bilans/data/bilan-access.ts';

export async function getFunderView(deps: Deps, actor: Actor, bilanId: string): Promise<FunderView> {
  requireRole(actor, 'consultant');
  return deps.db.transaction().execute(async (trx) => {
    await readBilan(trx, actor, bilanId, 'consultant');
    const { facts, attendance, startedOn, completionBasisPoints } = await completionFacts(trx, bilanId);
    const certificate = await trx
      .selectFrom('bilan_documents')
      .select(['id', 'created_at'])
      .where('bilan_id', '=', bilanId)
      .where('kind', '=', 'certificat_realisation')
      .where('superseded_at', 'is', null)
      .executeTakeFirst();
    const ended = !isOpen(facts.row.phase);
    return {
      bilanId,
      beneficiary: { firstName: facts.beneficiary.firstName, lastName: facts.beneficiary.lastName },
      financingLabel: facts.financingLabel,
      phase: facts.row.phase,
      startedOn,
      endedOn: ended ? parisDate(facts.row.phase_changed_at) : null,
      accompanimentDoneMinutes: facts.row.accompaniment_done_minutes,
      plannedAccompanimentMinutes: facts.row.planned_accompaniment_minutes,
      completionBasisPoints,
      attendance,
      certificate: certificate ? { documentId: certificate.id, issuedOn: parisDate(certificate.created_at) } : null,
    };
  });
}

export async function funderViewPdf(deps: Deps, actor: Actor, bilanId: string): Promise<Buffer> {
  const view = await getFunderView(deps, actor, bilanId);
  const today = parisDate(deps.clock.now());
  const facts = await deps.db
    .selectFrom('organisations as o')
    .select([
      'o.name',
      'o.legal_name',
      'o.siret',
      'o.address',
      'o.postal_code',
      'o.city',
      'o.phone',
      'o.contact_email',
      'o.nda_number',
      'o.qualiopi_certificate_number',
    ])
    .where('o.id', '=', actor.organisationId)
    .executeTakeFirstOrThrow();
  return deps.pdf.render(
    buildFunderView(
      {
        organisation: {
          name: facts.name,
          legalName: facts.legal_name,
          siret: facts.siret,
          address: facts.address,
          postalCode: facts.postal_code,
          city: facts.city,
          phone: facts.phone,
          contactEmail: facts.contact_email,
          ndaNumber: facts.nda_number,
          qualiopiNumber: facts.qualiopi_certificate_number,
        },
        issuedOn: parsePlainDate(today),
        reference: documentReference('suivi', bilanId, 1, today),
        beneficiary: { ...view.beneficiary, email: '' },
        financingLabel: view.financingLabel,
      },
      {
        ...view,
        startedOn: view.startedOn ? parsePlainDate(view.startedOn) : null,
        attendance: view.attendance.map((a) => ({ ...a, date: parsePlainDate(a.date) })),
        endedOn: view.endedOn ? parsePlainDate(view.endedOn) : null,
        personalWorkDoneMinutes: 0,
        abandonReason: null,
        phaseLabel: PHASE_LABELS[view.phase as keyof typeof PHASE_LABELS] ?? view.phase,
        certificateIssuedOn: view.certificate ? parsePlainDate(view.certificate.issuedOn) : null,
      },
    ),
  );
}
