/**
 * An admin or consultant plans the entretien préalable (free, no commitment) of a lead, or moves
 * it: the consultant's agenda must be free, and the person receives the invitation with its
 * calendar file. An entretien held on the spot (a call-back that became the entretien) is entered
 * with its past slot, within a few days, and sends no invitation. Audited in its transaction.
 */
import { renderIcs } from '../../platform/calendar/ics.ts';
import { fromParisLocal, parisDate } from '../../platform/clock.ts';
import { interviewPlannedEmail } from '../domain/emails.ts';
import { nextLeadStatus } from '../domain/lead-transition.ts';
import { isPlainDate } from '../../shared/calendar/plain-date.ts';
import { interviewDateRefusal, interviewHasBegun } from '../domain/interview-timing.ts';
import type { PlanInterview } from '../contracts/schemas.ts';
import { AppError } from '../../shared/errors.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { auditContext } from '../../platform/deps.ts';
import { requireRole } from '../../platform/authorize.ts';
import type { Trx } from '../../platform/db/kysely.ts';
import { readStaffWithOrganisation, readUserName } from '../../accounts/data/user-repository.ts';
import { addLeadHistoryEvent, assignLeadRow, loadLead, setLeadStatus, touchLead } from '../data/lead-repository.ts';
import { hasAgendaOverlap, saveLeadInterview } from '../data/lead-interview-repository.ts';

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
  const refusal = interviewDateRefusal({ date: input.date, startsAt }, now, parisDate(now));
  if (refusal) throw new AppError('validation_failed', { fields: { date: refusal } });
  await deps.db.transaction().execute(async (trx) => {
    const lead = await loadLead(trx, actor, leadId, true);
    const to = nextLeadStatus(lead.status, { type: 'plan_interview' });
    const consultantId = actor.role === 'consultant' ? actor.userId : lead.assigned_consultant_id;
    if (!consultantId) {
      throw new AppError('validation_failed', {
        fields: {
          consultantId: 'Attribuez d’abord la demande à un·e consultant·e : c’est elle ou lui qui mènera l’entretien.',
        },
      });
    }
    // The consultant's agenda: no overlap with a séance or another entretien préalable.
    if (await hasAgendaOverlap(trx, consultantId, lead.id, startsAt, endsAt)) {
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
    const sequence = await saveLeadInterview(trx, { id: lead.id, organisationId: actor.organisationId }, values, now);
    // An entretien already held or under way is not invited to.
    if (!interviewHasBegun(startsAt, now))
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
          sequence,
        },
        now,
      );
    if (!lead.assigned_consultant_id) {
      await assignLeadRow(trx, lead.id, consultantId);
      const name = await readUserName(trx, consultantId);
      await addLeadHistoryEvent(trx, lead, 'assigned', `${name.first_name} ${name.last_name}`, actor.userId, now);
    }
    if (to !== lead.status) await setLeadStatus(trx, lead, to, actor.userId, now);
    else {
      // Planned again: the entretien moves.
      await touchLead(trx, lead.id, now);
      await addLeadHistoryEvent(trx, lead, 'interview_moved', startsAt.toISOString(), actor.userId, now);
    }
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
  trx: Trx,
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
  const facts = await readStaffWithOrganisation(trx, input.consultantId);
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
