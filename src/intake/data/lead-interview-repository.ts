/**
 * The lead_interviews table: the entretien préalable of a lead, planned (and moved) then recorded;
 * the consultant's agenda is checked against their séances and other entretiens.
 */
import { sql, type Updateable } from 'kysely';
import type { LeadInterviews } from '../../platform/db/database.ts';
import type { Trx } from '../../platform/db/kysely.ts';
import { hasSeanceBetween } from '../../seances/data/seance-repository.ts';

/** The lead's entretien préalable with its consultant's name, if planned. */
export function findLeadInterview(db: Trx, leadId: string) {
  return db
    .selectFrom('lead_interviews as i')
    .innerJoin('users as c', 'c.id', 'i.consultant_id')
    .selectAll('i')
    .select(['c.first_name', 'c.last_name'])
    .where('i.lead_id', '=', leadId)
    .executeTakeFirst();
}

/** When the lead's entretien préalable starts and what it concluded, if planned. */
export function findInterviewFacts(
  db: Trx,
  leadId: string,
): Promise<{ starts_at: Date; outcome: 'bilan' | 'redirect' | null } | undefined> {
  return db
    .selectFrom('lead_interviews')
    .select(['starts_at', 'outcome'])
    .where('lead_id', '=', leadId)
    .executeTakeFirst();
}

/**
 * Whether the consultant already has a séance (planned or held) or another entretien préalable
 * overlapping the slot.
 */
export async function hasAgendaOverlap(
  db: Trx,
  consultantId: string,
  leadId: string,
  startsAt: Date,
  endsAt: Date,
): Promise<boolean> {
  if (await hasSeanceBetween(db, consultantId, startsAt, endsAt)) return true;
  const interview = await db
    .selectFrom('lead_interviews')
    .select('lead_id')
    .where('consultant_id', '=', consultantId)
    .where('lead_id', '<>', leadId)
    .where('starts_at', '<', endsAt)
    .where('ends_at', '>', startsAt)
    .limit(1)
    .executeTakeFirst();
  return Boolean(interview);
}

/** Plans the entretien préalable, or moves it (its calendar sequence then goes up); returns the sequence. */
export async function saveLeadInterview(
  db: Trx,
  lead: { id: string; organisationId: string },
  values: {
    consultant_id: string;
    starts_at: Date;
    ends_at: Date;
    mode: 'in_person' | 'remote' | 'phone';
    place: string | null;
    link: string | null;
    updated_at: Date;
  },
  now: Date,
): Promise<number> {
  const saved = await db
    .insertInto('lead_interviews')
    .values({ lead_id: lead.id, organisation_id: lead.organisationId, ...values, created_at: now })
    .onConflict((oc) =>
      oc
        .column('lead_id')
        .doUpdateSet({ ...values, calendar_sequence: sql<number>`lead_interviews.calendar_sequence + 1` }),
    )
    .returning(['calendar_sequence'])
    .executeTakeFirstOrThrow();
  return saved.calendar_sequence;
}

/** Records the entretien's report; false when the lead has no entretien. */
export async function recordInterviewRow(db: Trx, leadId: string, values: Updateable<LeadInterviews>): Promise<boolean> {
  const updated = await db.updateTable('lead_interviews').set(values).where('lead_id', '=', leadId).executeTakeFirst();
  return updated.numUpdatedRows > 0n;
}
