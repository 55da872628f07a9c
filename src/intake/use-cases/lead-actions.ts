/**
 * What admins and consultants do with a lead: mark it contacted, classify it « sans suite » or
 * reopen it, assign it to a consultant, plan the entretien préalable (free, no commitment) and
 * record it: situation, expectations, and whether a bilan fits or where the person is redirected.
 * Every change goes through the domain's state machine and is audited in its transaction.
 */
import { sql, type Kysely } from 'kysely';
import { renderIcs } from '../../platform/calendar/ics.ts';
import { fromParisLocal } from '../../platform/clock.ts';
import { interviewPlannedEmail } from '../domain/emails.ts';
import { leadTransition, type LeadEvent } from '../domain/status.ts';
import { isPlainDate } from '../../shared/calendar/plain-date.ts';
import type { LeadStatusAction, PlanInterview, RecordInterview } from '../contracts/schemas.ts';
import { AppError } from '../../shared/errors.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { auditContext } from '../../platform/deps.ts';
import { notFound, requireRole } from '../../platform/authorize.ts';
import { loadLead, setLeadStatus } from './leads.ts';
import type { LeadStatus } from '../domain/status.ts';
import type { Database } from '../../platform/db/database.ts';

function transition(from: LeadStatus, event: LeadEvent): LeadStatus {
  const result = leadTransition(from, event);
  if (!result.ok) throw new AppError('lead_refused', { message: result.message });
  return result.to;
}

export async function changeLeadStatus(
  deps: Deps,
  actor: Actor,
  leadId: string,
  input: LeadStatusAction,
): Promise<void> {
  requireRole(actor, 'admin', 'consultant');
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const lead = await loadLead(trx, actor, leadId, true);
    const to = transition(lead.status, { type: input.action });
    const reason = input.reason || null;
    await setLeadStatus(trx, lead, to, actor.userId, now, { reason });
    await deps.audit.record(
      trx,
      auditContext(actor),
      {
        action: 'lead.status_changed',
        subjectType: 'lead',
        subjectId: lead.id,
        details: { from: lead.status, to, ...(reason ? { reason } : {}) },
      },
      now,
    );
  });
}

export async function assignLead(deps: Deps, actor: Actor, leadId: string, consultantId: string | null): Promise<void> {
  requireRole(actor, 'admin', 'consultant');
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const lead = await loadLead(trx, actor, leadId, true);
    if (lead.status === 'converted')
      throw new AppError('lead_refused', {
        message: 'Cette demande est déjà convertie en bilan : elle ne peut plus changer.',
      });
    if (consultantId) {
      const consultant = await trx
        .selectFrom('users')
        .select('id')
        .where('id', '=', consultantId)
        .where('organisation_id', '=', actor.organisationId)
        .where('role', '=', 'consultant')
        .where('status', '=', 'active')
        .executeTakeFirst();
      if (!consultant)
        throw new AppError('validation_failed', {
          fields: { consultantId: 'Choisissez un·e consultant·e de la liste.' },
        });
    }
    await trx
      .updateTable('leads')
      .set({ assigned_consultant_id: consultantId, updated_at: now })
      .where('id', '=', lead.id)
      .execute();
    await deps.audit.record(
      trx,
      auditContext(actor),
      { action: 'lead.assigned', subjectType: 'lead', subjectId: lead.id, details: { consultantId } },
      now,
    );
  });
}

export async function planLeadInterview(deps: Deps, actor: Actor, leadId: string, input: PlanInterview): Promise<void> {
  requireRole(actor, 'admin', 'consultant');
  const now = deps.clock.now();
  if (!isPlainDate(input.date))
    throw new AppError('validation_failed', {
      fields: { date: 'Indiquez une date qui existe, par exemple 01/12/2026.' },
    });
  const startsAt = fromParisLocal(`${input.date}T${input.start}`);
  const endsAt = fromParisLocal(`${input.date}T${input.end}`);
  if (endsAt <= startsAt)
    throw new AppError('validation_failed', { fields: { end: 'L’heure de fin doit être après l’heure de début.' } });
  if (startsAt <= now)
    throw new AppError('validation_failed', {
      fields: { date: 'Cette date est passée : choisissez une date à venir.' },
    });
  await deps.db.transaction().execute(async (trx) => {
    const lead = await loadLead(trx, actor, leadId, true);
    const to = transition(lead.status, { type: 'plan_interview' });
    const consultantId = actor.role === 'consultant' ? actor.userId : lead.assigned_consultant_id;
    if (!consultantId) {
      throw new AppError('validation_failed', {
        fields: {
          consultantId: 'Attribuez d’abord la demande à un·e consultant·e : c’est elle ou lui qui mènera l’entretien.',
        },
      });
    }
    // The consultant's agenda: no overlap with a séance or another entretien préalable.
    const overlap = await sql<{ n: number }>`
      SELECT 1 AS n FROM seances
       WHERE consultant_id = ${consultantId} AND status IN ('planned', 'held')
         AND starts_at < ${endsAt} AND ends_at > ${startsAt}
      UNION ALL
      SELECT 1 AS n FROM lead_interviews
       WHERE consultant_id = ${consultantId} AND lead_id <> ${lead.id}
         AND starts_at < ${endsAt} AND ends_at > ${startsAt}
      LIMIT 1`.execute(trx);
    if (overlap.rows.length > 0) {
      throw new AppError('validation_failed', {
        fields: { start: 'La ou le consultant·e a déjà un rendez-vous sur ce créneau : choisissez un autre horaire.' },
      });
    }
    const values = {
      consultant_id: consultantId,
      starts_at: startsAt,
      ends_at: endsAt,
      mode: input.mode,
      place: input.mode === 'in_person' ? (input.place ?? null) : null,
      link: input.mode === 'remote' ? (input.link ?? null) : null,
      updated_at: now,
    };
    const saved = await trx
      .insertInto('lead_interviews')
      .values({ lead_id: lead.id, organisation_id: actor.organisationId, ...values, created_at: now })
      .onConflict((oc) =>
        oc
          .column('lead_id')
          .doUpdateSet({ ...values, calendar_sequence: sql<number>`lead_interviews.calendar_sequence + 1` }),
      )
      .returning(['calendar_sequence'])
      .executeTakeFirstOrThrow();
    await emailInterview(
      trx,
      deps,
      {
        lead,
        consultantId,
        startsAt,
        endsAt,
        mode: input.mode,
        place: values.place,
        link: values.link,
        sequence: saved.calendar_sequence,
      },
      now,
    );
    if (!lead.assigned_consultant_id)
      await trx.updateTable('leads').set({ assigned_consultant_id: consultantId }).where('id', '=', lead.id).execute();
    if (to !== lead.status) await setLeadStatus(trx, lead, to, actor.userId, now);
    else await trx.updateTable('leads').set({ updated_at: now }).where('id', '=', lead.id).execute();
    await deps.audit.record(
      trx,
      auditContext(actor),
      {
        action: 'lead.interview_planned',
        subjectType: 'lead',
        subjectId: lead.id,
        details: { startsAt: startsAt.toISOString(), mode: input.mode },
      },
      now,
    );
  });
  deps.emailsQueued();
}

/** Sends the entretien préalable's invitation, with its calendar file, to the person. */
async function emailInterview(
  trx: Kysely<Database>,
  deps: Deps,
  input: {
    lead: {
      id: string;
      organisation_id: string;
      first_name: string;
      last_name: string;
      email: string;
      phone: string | null;
    };
    consultantId: string;
    startsAt: Date;
    endsAt: Date;
    mode: 'in_person' | 'remote' | 'phone';
    place: string | null;
    link: string | null;
    sequence: number;
  },
  now: Date,
): Promise<void> {
  const facts = await trx
    .selectFrom('users as c')
    .innerJoin('organisations as o', 'o.id', 'c.organisation_id')
    .select(['c.first_name', 'c.last_name', 'c.email', 'o.name', 'o.contact_email'])
    .where('c.id', '=', input.consultantId)
    .executeTakeFirstOrThrow();
  const consultantName = `${facts.first_name} ${facts.last_name}`;
  const message = interviewPlannedEmail({
    firstName: input.lead.first_name,
    organisationName: facts.name,
    consultantName,
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    mode: input.mode,
    place: input.place,
    link: input.link,
    phone: input.lead.phone,
    contactEmail: facts.contact_email,
    moved: input.sequence > 0,
  });
  const ics = renderIcs({
    uid: `entretien-prealable-${input.lead.id}@sillage`,
    sequence: input.sequence,
    method: 'REQUEST',
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    title: `Entretien préalable au bilan de compétences — ${facts.name}`,
    description:
      input.mode === 'remote'
        ? `Visioconférence : ${input.link ?? ''}`
        : input.mode === 'phone'
          ? 'Entretien par téléphone'
          : facts.name,
    location: input.mode === 'in_person' ? input.place : input.mode === 'remote' ? input.link : null,
    organizer: { name: consultantName, email: facts.email },
    attendee: { name: `${input.lead.first_name} ${input.lead.last_name}`, email: input.lead.email },
    stamp: now,
  });
  await deps.outbox.enqueue(
    trx,
    {
      organisationId: input.lead.organisation_id,
      kind: 'lead_interview_planned',
      to: input.lead.email,
      message: {
        ...message,
        attachments: [
          {
            filename: 'entretien-prealable.ics',
            contentType: 'text/calendar; charset=utf-8; method=REQUEST',
            content: ics,
          },
        ],
      },
    },
    now,
  );
}

export async function recordLeadInterview(
  deps: Deps,
  actor: Actor,
  leadId: string,
  input: RecordInterview,
): Promise<void> {
  requireRole(actor, 'admin', 'consultant');
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const lead = await loadLead(trx, actor, leadId, true);
    const interview = await trx
      .selectFrom('lead_interviews')
      .select(['starts_at'])
      .where('lead_id', '=', lead.id)
      .executeTakeFirst();
    if (!interview)
      throw new AppError('lead_refused', {
        message: 'Planifiez d’abord l’entretien préalable avant d’en enregistrer le compte rendu.',
      });
    if (interview.starts_at > now)
      throw new AppError('lead_refused', {
        message: 'L’entretien préalable n’a pas encore eu lieu : enregistrez son compte rendu après l’entretien.',
      });
    const to = transition(lead.status, { type: 'record_interview', outcome: input.outcome });
    const redirection = input.outcome === 'redirect' ? (input.redirection ?? null) : null;
    const updated = await trx
      .updateTable('lead_interviews')
      .set({
        situation: input.situation,
        expectations: input.expectations,
        outcome: input.outcome,
        redirection,
        outcome_reason: input.reason || null,
        recorded_at: now,
        recorded_by: actor.userId,
        updated_at: now,
      })
      .where('lead_id', '=', lead.id)
      .executeTakeFirst();
    if (updated.numUpdatedRows === 0n) notFound();
    if (to !== lead.status)
      await setLeadStatus(trx, lead, to, actor.userId, now, {
        reason: input.outcome === 'redirect' ? (input.reason ?? null) : null,
      });
    await deps.audit.record(
      trx,
      auditContext(actor),
      {
        action: 'lead.interview_recorded',
        subjectType: 'lead',
        subjectId: lead.id,
        details: { outcome: input.outcome, ...(redirection ? { redirection } : {}) },
      },
      now,
    );
  });
}
