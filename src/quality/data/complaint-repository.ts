/**
 * The complaints and incidents register (indicator 31): list with the linked action, find (locked),
 * insert, update. Rows are the organisation's administrative records (decision 050).
 */
import { sql } from 'kysely';
import type { Trx } from '../../platform/db/kysely.ts';
import type { ComplaintView } from '../contracts/schemas.ts';
import type {
  ComplainantRole,
  ComplaintChannel,
  ComplaintKind,
  ComplaintStatus,
} from '../domain/registers.ts';
import { findRevisioned, insertRevisioned, updateRevisioned } from './revisioned.ts';

export interface ComplaintFields {
  receivedOn: string;
  channel: ComplaintChannel;
  complainantRole: ComplainantRole;
  complainantName: string | null;
  complainantContact: string | null;
  kind: ComplaintKind;
  description: string;
  acknowledgedOn: string | null;
  answer: string | null;
  resolvedOn: string | null;
  status: ComplaintStatus;
  improvementActionId: string | null;
}

const columnsOf = (f: ComplaintFields) => ({
  received_on: f.receivedOn,
  channel: f.channel,
  complainant_role: f.complainantRole,
  complainant_name: f.complainantName,
  complainant_contact: f.complainantContact,
  kind: f.kind,
  description: f.description,
  acknowledged_on: f.acknowledgedOn,
  answer: f.answer,
  resolved_on: f.resolvedOn,
  status: f.status,
  improvement_action_id: f.improvementActionId,
});

const dateText = (column: string) => sql<string | null>`to_char(${sql.ref(column)}, 'YYYY-MM-DD')`;

/** The organisation's complaints, latest received first, or one of them. */
export async function listComplaints(db: Trx, organisationId: string, id?: string): Promise<ComplaintView[]> {
  let query = db
    .selectFrom('quality_complaints as c')
    .leftJoin('quality_improvement_actions as a', (j) =>
      j.onRef('a.id', '=', 'c.improvement_action_id').onRef('a.organisation_id', '=', 'c.organisation_id'),
    )
    .select([
      'c.id',
      'c.revision',
      dateText('c.received_on').as('received_on'),
      'c.channel',
      'c.complainant_role',
      'c.complainant_name',
      'c.complainant_contact',
      'c.kind',
      'c.description',
      dateText('c.acknowledged_on').as('acknowledged_on'),
      'c.answer',
      dateText('c.resolved_on').as('resolved_on'),
      'c.status',
      'a.id as action_id',
      'a.action as action_text',
      'c.created_at',
      'c.updated_at',
    ])
    .where('c.organisation_id', '=', organisationId);
  if (id) query = query.where('c.id', '=', id);
  const rows = await query.orderBy('c.received_on', 'desc').orderBy('c.created_at', 'desc').execute();
  return rows.map((r) => ({
    id: r.id,
    revision: r.revision,
    receivedOn: r.received_on!,
    channel: r.channel as ComplaintChannel,
    complainantRole: r.complainant_role as ComplainantRole,
    complainantName: r.complainant_name,
    complainantContact: r.complainant_contact,
    kind: r.kind as ComplaintKind,
    description: r.description,
    acknowledgedOn: r.acknowledged_on,
    answer: r.answer,
    resolvedOn: r.resolved_on,
    status: r.status as ComplaintStatus,
    improvementAction: r.action_id && r.action_text ? { id: r.action_id, action: r.action_text } : null,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  }));
}

/** The organisation's complaint, locked for the transaction, or undefined. */
export const findComplaint = (trx: Trx, organisationId: string, id: string) =>
  findRevisioned(trx, 'quality_complaints', organisationId, id);

/** A new complaint, or undefined when the id is already taken. */
export const insertComplaint = (
  trx: Trx,
  row: { id?: string | undefined; organisationId: string; by: string | null; now: Date; fields: ComplaintFields },
) => insertRevisioned(trx, 'quality_complaints', { ...row, columns: columnsOf(row.fields) });

export const updateComplaint = (trx: Trx, id: string, change: { by: string; now: Date; fields: ComplaintFields }) =>
  updateRevisioned(trx, 'quality_complaints', id, { ...change, columns: columnsOf(change.fields) });
