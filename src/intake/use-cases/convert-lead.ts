/**
 * A consultant converts a lead into a bilan once the entretien préalable concluded that a bilan
 * fits: the bilan is created as by « Créer un bilan » (the beneficiary's account and invitation
 * included), assigned to this consultant, and linked to the lead, in one transaction. The offer
 * chosen at intake (or the one the consultant picks) gives the bilan's financing its price,
 * modality, places and personal-work hours.
 */
import { parisDate } from '../../platform/clock.ts';
import { plannedHoursProblem } from '../../bilans/domain/planned-hours.ts';
import { leadTransition } from '../domain/status.ts';
import { parsePlainDate } from '../../shared/calendar/plain-date.ts';
import type { ConvertLead } from '../contracts/schemas.ts';
import { AppError } from '../../shared/errors.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { auditContext } from '../../platform/deps.ts';
import { requireRole } from '../../platform/authorize.ts';
import { insertBilan } from '../../bilans/use-cases/insert-bilan.ts';
import { loadLead, setLeadStatus } from '../data/lead-repository.ts';
import { findInterviewFacts } from '../data/lead-interview-repository.ts';
import { findOrganisationOffer } from '../../organisation/data/offer-repository.ts';
import { carryOverOffer } from '../../financing/use-cases/carry-over-offer.ts';

export async function convertLead(
  deps: Deps,
  actor: Actor,
  leadId: string,
  input: ConvertLead,
): Promise<{ bilanId: string }> {
  requireRole(actor, 'consultant');
  const now = deps.clock.now();
  const problem = plannedHoursProblem(input.plannedHours, input.financing, parsePlainDate(parisDate(now)));
  if (problem) throw new AppError('validation_failed', { fields: { plannedHours: problem.message } });
  const result = await deps.db.transaction().execute(async (trx) => {
    const lead = await loadLead(trx, actor, leadId, true);
    const interview = await findInterviewFacts(trx, lead.id);
    const decision = leadTransition(lead.status, { type: 'convert', outcome: interview?.outcome ?? null });
    if (!decision.ok) throw new AppError('lead_refused', { message: decision.message });
    // The consultant's choice wins; without one, the offer the person chose on the public page.
    const offerId = input.offerId === undefined ? lead.offer_id : input.offerId || null;
    const offer = offerId ? await findOrganisationOffer(trx, offerId, actor.organisationId) : undefined;
    if (offerId && !offer)
      throw new AppError('validation_failed', { fields: { offerId: 'Choisissez une offre de la liste.' } });
    const { bilanId } = await insertBilan(
      trx,
      deps,
      actor,
      {
        beneficiary: { firstName: lead.first_name, lastName: lead.last_name, email: lead.email },
        financing: input.financing,
        plannedHours: input.plannedHours,
      },
      now,
    );
    if (offer)
      await carryOverOffer(
        trx,
        { id: bilanId, organisationId: actor.organisationId, financing: input.financing },
        offer,
        now,
        actor.userId,
      );
    await setLeadStatus(trx, lead, decision.to, actor.userId, now, { bilanId });
    await deps.audit.record(
      trx,
      auditContext(actor),
      { action: 'lead.converted', subjectType: 'lead', subjectId: lead.id, details: { bilanId } },
      now,
    );
    return { bilanId };
  });
  deps.emailsQueued();
  return result;
}
