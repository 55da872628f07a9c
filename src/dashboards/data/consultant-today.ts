/**
 * The consultant's « Aujourd'hui » in one statement (decision 034): each part a JSON array that
 * PostgreSQL aggregates, over the consultant's bilans only (`bilans_consultant_phase`), each part
 * bounded. The use case applies the domain's rules to these facts.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../platform/db/database.ts';
import { OPEN_PHASES } from '../../bilans/domain/phases.ts';
import type { SignerRole } from '../../documents/domain/builders.ts';
import type { DocumentKindCode } from '../../documents/domain/builders.ts';
import { FACTS_TUPLE, type FactsTuple } from './bilan-facts.ts';

type Name = [firstName: string, lastName: string];
export type SeanceTuple = [id: string, bilanId: string, ...Name, startsAt: string, endsAt: string, mode: string, status: string];
export type LeadTuple = [id: string, ...Name, createdAt: string];
export type DocumentTuple = [id: string, bilanId: string, ...Name, kind: DocumentKindCode, awaiting: SignerRole[]];
export type DeadlineTuple = [kind: 'edof_entry' | 'edof_exit' | 'follow_up', bilanId: string, ...Name, dueOn: string];
export type OpenBilanTuple = [id: string, ...Name, ...FactsTuple];

export interface TodayRows {
  seances: SeanceTuple[];
  toRecord: SeanceTuple[];
  leads: LeadTuple[];
  documents: DocumentTuple[];
  deadlines: DeadlineTuple[];
  open: OpenBilanTuple[];
}

/** How many items of each kind at most (the rest stays reachable from « Bilans » and « Demandes »). */
const LIMIT = 50;

export async function consultantTodayRows(
  db: Kysely<Database>,
  organisationId: string,
  consultantId: string,
  window: { now: Date; from: Date; to: Date },
): Promise<TodayRows> {
  const { now, from, to } = window;
  const open = sql.join(OPEN_PHASES.map((p) => sql.lit(p)));
  const mine = sql`b.organisation_id = ${organisationId} AND b.consultant_id = ${consultantId}`;
  const name = sql`u.first_name, u.last_name`;
  const seanceTuple = sql`json_build_array(s.id, s.bilan_id, ${name}, s.starts_at, s.ends_at, s.mode, s.status)`;
  const { rows } = await sql<TodayRows>`
    SELECT
      (SELECT coalesce(json_agg(${seanceTuple} ORDER BY s.starts_at), '[]'::json) FROM (
         SELECT s.*, b.beneficiary_id FROM bilans AS b JOIN seances AS s ON s.bilan_id = b.id
         WHERE ${mine} AND s.status IN ('planned', 'held') AND s.starts_at >= ${from} AND s.starts_at < ${to}
         ORDER BY s.starts_at LIMIT ${LIMIT}) AS s
       JOIN users AS u ON u.id = s.beneficiary_id) AS seances,
      (SELECT coalesce(json_agg(${seanceTuple} ORDER BY s.starts_at), '[]'::json) FROM (
         SELECT s.*, b.beneficiary_id FROM bilans AS b JOIN seances AS s ON s.bilan_id = b.id
         WHERE ${mine} AND b.phase IN (${open}) AND s.status = 'planned' AND s.ends_at <= ${now}
         ORDER BY s.starts_at LIMIT ${LIMIT}) AS s
       JOIN users AS u ON u.id = s.beneficiary_id) AS "toRecord",
      (SELECT coalesce(json_agg(json_build_array(l.id, l.first_name, l.last_name, l.created_at) ORDER BY l.created_at DESC), '[]'::json)
       FROM (SELECT * FROM leads AS l WHERE l.organisation_id = ${organisationId} AND l.assigned_consultant_id = ${consultantId}
             AND l.opened_at IS NULL ORDER BY l.created_at DESC LIMIT ${LIMIT}) AS l) AS leads,
      (SELECT coalesce(json_agg(json_build_array(d.id, d.bilan_id, ${name}, d.kind, d.awaiting) ORDER BY d.created_at), '[]'::json)
       FROM (SELECT d.id, d.bilan_id, d.kind, d.created_at, b.beneficiary_id,
               ARRAY(SELECT r FROM unnest(d.signers) AS r WHERE NOT EXISTS (
                 SELECT 1 FROM document_signatures AS ds WHERE ds.document_id = d.id AND ds.signer_role = r)) AS awaiting
             FROM bilans AS b JOIN bilan_documents AS d ON d.bilan_id = b.id AND d.superseded_at IS NULL
             WHERE ${mine} AND b.phase IN (${open}) AND cardinality(d.signers) > 0) AS d
       JOIN users AS u ON u.id = d.beneficiary_id
       WHERE cardinality(d.awaiting) > 0) AS documents,
      (SELECT coalesce(json_agg(json_build_array(x.kind, x.bilan_id, ${name}, x.due_on) ORDER BY x.due_on), '[]'::json) FROM (
         SELECT 'edof_' || e.kind AS kind, e.bilan_id, e.due_on, b.beneficiary_id
         FROM bilans AS b JOIN edof_declarations AS e ON e.bilan_id = b.id AND e.declared_at IS NULL WHERE ${mine}
         UNION ALL
         SELECT 'follow_up', fu.bilan_id, fu.due_on, b.beneficiary_id
         FROM bilans AS b JOIN follow_ups AS fu ON fu.bilan_id = b.id
         WHERE ${mine} AND fu.outcome IS NULL AND fu.response = 'accepted' AND fu.due_on IS NOT NULL) AS x
       JOIN users AS u ON u.id = x.beneficiary_id) AS deadlines,
      (SELECT coalesce(json_agg(json_build_array(b.id, ${name}, ${FACTS_TUPLE(now)}) ORDER BY b.created_at DESC), '[]'::json)
       FROM bilans AS b JOIN users AS u ON u.id = b.beneficiary_id
       LEFT JOIN bilan_financings AS f ON f.bilan_id = b.id
       WHERE ${mine} AND b.phase IN (${open})) AS open
  `.execute(db);
  return rows[0]!;
}
