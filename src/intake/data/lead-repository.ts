/**
 * The leads table and its status history (lead_status_changes): the organisation's list, one lead
 * (locked for a change), a new lead from the contact form, its assignment and status changes.
 */
import type { Insertable } from 'kysely';
import type { Leads } from '../../platform/db/database.ts';
import type { Trx } from '../../platform/db/kysely.ts';
import type { Actor } from '../../platform/deps.ts';
import { notFound } from '../../platform/authorize.ts';
import type { LeadHistoryEvent, LeadStatus } from '../domain/status.ts';

/** The organisation's latest leads (500 at most), newest first, with their consultant and interview. */
export function listLeadRows(db: Trx, organisationId: string) {
  return db
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
      'l.opened_at',
      'c.first_name as c_first',
      'c.last_name as c_last',
      'i.starts_at',
    ])
    .where('l.organisation_id', '=', organisationId)
    .orderBy('l.created_at', 'desc')
    .limit(500)
    .execute();
}

/** The lead row, locked when asked, or 404 outside the actor's organisation. */
export async function loadLead(db: Trx, actor: Actor, leadId: string, lock = false) {
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

/** The lead's status history, oldest first, with who made each change. */
export function listLeadHistory(db: Trx, leadId: string) {
  return db
    .selectFrom('lead_status_changes as h')
    .leftJoin('users as u', 'u.id', 'h.changed_by')
    .select([
      'h.event',
      'h.detail',
      'h.from_status',
      'h.to_status',
      'h.changed_at',
      'h.reason',
      'u.first_name',
      'u.last_name',
    ])
    .where('h.lead_id', '=', leadId)
    .orderBy('h.changed_at')
    .orderBy('h.id')
    .execute();
}

/**
 * A line of the lead's history that is not a status change: its assignment (detail: the
 * consultant's name) or a move of its entretien préalable (detail: the new start, ISO 8601).
 */
export async function addLeadHistoryEvent(
  db: Trx,
  lead: { id: string; organisation_id: string; status: LeadStatus },
  event: Exclude<LeadHistoryEvent, 'status'>,
  detail: string | null,
  by: string,
  now: Date,
): Promise<void> {
  await db
    .insertInto('lead_status_changes')
    .values({
      lead_id: lead.id,
      organisation_id: lead.organisation_id,
      event,
      detail,
      from_status: lead.status,
      to_status: lead.status,
      changed_by: by,
      changed_at: now,
    })
    .execute();
}

/** Marks the lead as opened by the organisation (once). */
export async function markLeadOpened(db: Trx, leadId: string, now: Date): Promise<void> {
  await db.updateTable('leads').set({ opened_at: now }).where('id', '=', leadId).where('opened_at', 'is', null).execute();
}

/** A new lead (status « nouvelle ») with the first line of its history; returns its id. */
export async function insertLead(db: Trx, values: Insertable<Leads>, now: Date): Promise<string> {
  const lead = await db.insertInto('leads').values(values).returning('id').executeTakeFirstOrThrow();
  await db
    .insertInto('lead_status_changes')
    .values({
      lead_id: lead.id,
      organisation_id: values.organisation_id,
      from_status: null,
      to_status: 'new',
      changed_by: null,
      changed_at: now,
    })
    .execute();
  return lead.id;
}

/** Writes a status change with its history line (the audit event is written by the caller). */
export async function setLeadStatus(
  db: Trx,
  lead: { id: string; organisation_id: string; status: LeadStatus },
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
      organisation_id: lead.organisation_id,
      from_status: lead.status,
      to_status: to,
      changed_by: by,
      changed_at: now,
      reason: extra.reason ?? null,
    })
    .execute();
}

/** Assigns the lead to a consultant (or nobody), touching its update time. */
export async function setLeadAssignee(db: Trx, leadId: string, consultantId: string | null, now: Date): Promise<void> {
  await db
    .updateTable('leads')
    .set({ assigned_consultant_id: consultantId, updated_at: now })
    .where('id', '=', leadId)
    .execute();
}

/** Assigns the lead to a consultant without touching its update time. */
export async function assignLeadRow(db: Trx, leadId: string, consultantId: string): Promise<void> {
  await db.updateTable('leads').set({ assigned_consultant_id: consultantId }).where('id', '=', leadId).execute();
}

export async function touchLead(db: Trx, leadId: string, now: Date): Promise<void> {
  await db.updateTable('leads').set({ updated_at: now }).where('id', '=', leadId).execute();
}
