/**
 * Leads, read by the organisation's admins and consultants (never by beneficiaries): the list,
 * and one lead with its origin, history, entretien préalable and the actions open to the reader.
 */
import type { Kysely } from 'kysely';
import { leadTransition, manualLeadEvents } from '../domain/status.ts';
import { answerDeadline } from '../domain/answer-deadline.ts';
import type { LeadDetail, LeadSummary } from '../contracts/schemas.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { fullName } from '../../platform/deps.ts';
import { notFound, requireRole } from '../../platform/authorize.ts';
import type { LeadStatus } from '../domain/status.ts';
import type { Database } from '../../platform/db/database.ts';

export async function listLeads(deps: Deps, actor: Actor): Promise<LeadSummary[]> {
  requireRole(actor, 'admin', 'consultant');
  const now = deps.clock.now();
  const org = await deps.db
    .selectFrom('organisations')
    .select('commitment_first_answer_days')
    .where('id', '=', actor.organisationId)
    .executeTakeFirstOrThrow();
  const rows = await deps.db
    .selectFrom('leads as l')
    .leftJoin('users as c', 'c.id', 'l.assigned_consultant_id')
    .leftJoin('lead_interviews as i', 'i.lead_id', 'l.id')
    .select([
      'l.id',
      'l.first_name',
      'l.last_name',
      'l.email',
      'l.status',
      'l.declared_source',
      'l.created_at',
      'c.first_name as c_first',
      'c.last_name as c_last',
      'i.starts_at',
    ])
    .where('l.organisation_id', '=', actor.organisationId)
    .orderBy('l.created_at', 'desc')
    .limit(500)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    firstName: r.first_name,
    lastName: r.last_name,
    email: r.email,
    status: r.status,
    declaredSource: r.declared_source,
    assignedConsultant: r.c_first ? `${r.c_first} ${r.c_last}` : null,
    interviewAt: r.starts_at ? r.starts_at.toISOString() : null,
    createdAt: r.created_at.toISOString(),
    answerDue: due(
      answerDeadline({ status: r.status, receivedAt: r.created_at }, org.commitment_first_answer_days, now),
    ),
  }));
}

function due(deadline: ReturnType<typeof answerDeadline>): LeadSummary['answerDue'] {
  return deadline ? { at: deadline.dueAt.toISOString(), overdue: deadline.overdue } : null;
}

/** The lead row, locked when asked, or 404 outside the actor's organisation. */
export async function loadLead(db: Kysely<Database>, actor: Actor, leadId: string, lock = false) {
  let query = db
    .selectFrom('leads')
    .selectAll()
    .where('id', '=', leadId)
    .where('organisation_id', '=', actor.organisationId);
  if (lock) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  if (!row) notFound();
  return row;
}

/** Writes a status change with its history line (the audit event is written by the caller). */
export async function setLeadStatus(
  db: Kysely<Database>,
  lead: { id: string; status: LeadStatus },
  to: LeadStatus,
  by: string,
  now: Date,
  extra: { reason?: string | null; bilanId?: string } = {},
): Promise<void> {
  await db
    .updateTable('leads')
    .set({
      status: to,
      status_reason: extra.reason ?? null,
      updated_at: now,
      ...(extra.bilanId ? { bilan_id: extra.bilanId } : {}),
    })
    .where('id', '=', lead.id)
    .execute();
  await db
    .insertInto('lead_status_changes')
    .values({
      lead_id: lead.id,
      from_status: lead.status,
      to_status: to,
      changed_by: by,
      changed_at: now,
      reason: extra.reason ?? null,
    })
    .execute();
}

export async function getLead(deps: Deps, actor: Actor, leadId: string): Promise<LeadDetail> {
  requireRole(actor, 'admin', 'consultant');
  const db = deps.db;
  const lead = await loadLead(db, actor, leadId);
  const org = await db
    .selectFrom('organisations')
    .select('commitment_first_answer_days')
    .where('id', '=', actor.organisationId)
    .executeTakeFirstOrThrow();
  const [history, interview, consultants, offer] = await Promise.all([
    db
      .selectFrom('lead_status_changes as h')
      .leftJoin('users as u', 'u.id', 'h.changed_by')
      .select(['h.from_status', 'h.to_status', 'h.changed_at', 'h.reason', 'u.first_name', 'u.last_name'])
      .where('h.lead_id', '=', leadId)
      .orderBy('h.changed_at')
      .orderBy('h.id')
      .execute(),
    db
      .selectFrom('lead_interviews as i')
      .innerJoin('users as c', 'c.id', 'i.consultant_id')
      .selectAll('i')
      .select(['c.first_name', 'c.last_name'])
      .where('i.lead_id', '=', leadId)
      .executeTakeFirst(),
    db
      .selectFrom('users')
      .select(['id', 'first_name', 'last_name'])
      .where('organisation_id', '=', actor.organisationId)
      .where('role', '=', 'consultant')
      .where('status', '=', 'active')
      .orderBy('last_name')
      .execute(),
    lead.offer_id
      ? db.selectFrom('offers').select(['id', 'title']).where('id', '=', lead.offer_id).executeTakeFirst()
      : Promise.resolve(undefined),
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
    answerDue: due(
      answerDeadline(
        { status: lead.status, receivedAt: lead.created_at },
        org.commitment_first_answer_days,
        deps.clock.now(),
      ),
    ),
    phone: lead.phone,
    message: lead.message,
    preferredModality: lead.preferred_modality,
    offer: offer ?? null,
    origin: { sourceDetail: lead.source_detail, referrer: lead.referrer, utm: lead.utm },
    consentAt: lead.contact_consent_at.toISOString(),
    statusReason: lead.status_reason,
    bilanId: lead.bilan_id,
    history: history.map((h) => ({
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
