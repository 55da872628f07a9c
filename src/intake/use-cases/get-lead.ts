/**
 * One lead, read by the organisation's admins and consultants: its origin, history, entretien
 * préalable and the actions open to the reader.
 */
import { leadTransition, manualLeadEvents } from '../domain/status.ts';
import { answerDeadline, answerDueView } from '../domain/answer-deadline.ts';
import type { LeadDetail } from '../contracts/schemas.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { fullName } from '../../platform/deps.ts';
import { requireRole } from '../../platform/authorize.ts';
import { readFirstAnswerDays } from '../../organisation/data/organisation-repository.ts';
import { findOfferTitle, listActiveOffers } from '../../organisation/data/offer-repository.ts';
import { listActiveConsultants } from '../../accounts/data/user-repository.ts';
import { listLeadHistory, loadLead, markLeadOpened } from '../data/lead-repository.ts';
import { findLeadInterview } from '../data/lead-interview-repository.ts';

export async function getLead(deps: Deps, actor: Actor, leadId: string): Promise<LeadDetail> {
  requireRole(actor, 'admin', 'consultant');
  const db = deps.db;
  const lead = await loadLead(db, actor, leadId);
  // The list marks the leads nobody has opened yet.
  if (!lead.opened_at) await markLeadOpened(db, lead.id, deps.clock.now());
  const firstAnswerDays = await readFirstAnswerDays(db, actor.organisationId);
  const [history, interview, consultants, offer, offers] = await Promise.all([
    listLeadHistory(db, leadId),
    findLeadInterview(db, leadId),
    listActiveConsultants(db, actor.organisationId),
    lead.offer_id ? findOfferTitle(db, lead.offer_id) : Promise.resolve(undefined),
    listActiveOffers(db, actor.organisationId),
  ]);
  const assigned = consultants.find((c) => c.id === lead.assigned_consultant_id);
  const outcome = interview?.outcome ?? null;
  return {
    id: lead.id,
    firstName: lead.first_name,
    lastName: lead.last_name,
    email: lead.email,
    status: lead.status,
    declaredSource: lead.declared_source,
    assignedConsultant: assigned ? fullName(assigned) : null,
    assignedConsultantId: lead.assigned_consultant_id,
    interviewAt: interview ? interview.starts_at.toISOString() : null,
    createdAt: lead.created_at.toISOString(),
    unopened: false,
    answerDue: answerDueView(
      answerDeadline({ status: lead.status, receivedAt: lead.created_at }, firstAnswerDays, deps.clock.now()),
    ),
    phone: lead.phone,
    message: lead.message,
    preferredModality: lead.preferred_modality,
    offer: offer ?? null,
    offers: offers.map((o) => ({
      id: o.id,
      title: o.title,
      priceCents: o.price_cents,
      accompanimentMinutes: o.accompaniment_minutes,
    })),
    origin: { sourceDetail: lead.source_detail, referrer: lead.referrer, utm: lead.utm },
    consentAt: lead.contact_consent_at.toISOString(),
    statusReason: lead.status_reason,
    bilanId: lead.bilan_id,
    history: history.map((h) => ({
      event: h.event,
      detail: h.detail,
      from: h.from_status,
      to: h.to_status,
      at: h.changed_at.toISOString(),
      by: h.first_name ? `${h.first_name} ${h.last_name}` : null,
      reason: h.reason,
    })),
    interview: interview
      ? {
          startsAt: interview.starts_at.toISOString(),
          endsAt: interview.ends_at.toISOString(),
          mode: interview.mode,
          place: interview.place,
          link: interview.link,
          consultant: fullName(interview),
          situation: interview.situation,
          expectations: interview.expectations,
          outcome,
          redirection: interview.redirection,
          outcomeReason: interview.outcome_reason,
          recordedAt: interview.recorded_at ? interview.recorded_at.toISOString() : null,
        }
      : null,
    consultants: consultants.map((c) => ({ id: c.id, name: fullName(c) })),
    actions: manualLeadEvents(lead.status),
    canPlanInterview: leadTransition(lead.status, { type: 'plan_interview' }).ok && lead.status !== 'interview_done',
    canRecordInterview:
      Boolean(interview) && leadTransition(lead.status, { type: 'record_interview', outcome: 'bilan' }).ok,
    canConvert: actor.role === 'consultant' && leadTransition(lead.status, { type: 'convert', outcome }).ok,
  };
}
