/** The funder's view as a PDF, for the bilan's consultant to send to the funder or the employer. */
import { parisDate } from '../../platform/clock.ts';
import { buildFunderView } from '../domain/builders.ts';
import { documentReference } from '../domain/facts.ts';
import { parsePlainDate } from '../../shared/calendar/plain-date.ts';
import { PHASE_LABELS } from '../../bilans/contracts/labels.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { readDocumentFacts } from '../data/document-facts.ts';
import { getFunderView } from './get-funder-view.ts';

export async function getFunderViewPdf(deps: Deps, actor: Actor, bilanId: string): Promise<Buffer> {
  const view = await getFunderView(deps, actor, bilanId);
  const today = parisDate(deps.clock.now());
  // The bilan's organisation is the consultant's (getFunderView checked that they reach it).
  const { organisation } = await readDocumentFacts(deps.db, bilanId);
  return deps.pdf.render(
    buildFunderView(
      {
        organisation,
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
