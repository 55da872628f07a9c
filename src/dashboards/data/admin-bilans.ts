/**
 * The admin's list of every bilan of the organisation in one statement (decision 034):
 * administrative facts only (no answer, note, record or report is read). The filters and the
 * at-risk flag are computed by PostgreSQL so that counting and paging stay in the database at
 * 10,000 bilans; the flag mirrors `bilanAlerts` (src/dashboards/domain/alerts.ts), with the same
 * thresholds passed in, and a database test checks that both agree. Only the page's rows carry
 * their documents, deadlines and facts, for the domain to word the alerts.
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../../platform/db/database.ts';
import { OPEN_PHASES, type Phase } from '../../bilans/domain/phases.ts';
import type { Financing } from '../../financing/domain/catalog.ts';
import type { DocumentKindCode } from '../../documents/domain/builders.ts';
import type { PlainDate } from '../../shared/calendar/plain-date.ts';
import { FACTS_TUPLE, activeMinutesOf, consentGiven, seancePlanned, type FactsTuple } from './bilan-facts.ts';

export interface AdminBilansFilter {
  consultantId?: string | undefined;
  phase?: Phase | undefined;
  financing?: Financing | undefined;
  alertsOnly: boolean;
  /** Part of the beneficiary's name. */
  search?: string | undefined;
  limit: number;
  offset: number;
}

export type AdminRowTuple = [
  id: string,
  firstName: string,
  lastName: string,
  consultantId: string,
  consultantFirst: string,
  consultantLast: string,
  financing: Financing,
  financingStatus: string | null,
  doneMinutes: number,
  documents: [kind: DocumentKindCode, signers: number, awaiting: number][],
  deadlines: [kind: 'edof_entry' | 'edof_exit' | 'follow_up', dueOn: string][],
  ...FactsTuple,
];

export interface AdminBilansRows {
  total: number;
  withAlerts: number;
  rows: AdminRowTuple[];
  consultants: [id: string, firstName: string, lastName: string, status: string][];
}

// Each plain letter stands for itself and its accented forms, in both cases: under the C
// locale PostgreSQL's case-insensitive matching leaves non-ASCII letters as they are.
const ACCENTED: Record<string, string> = {
  a: 'àâäáãåÀÂÄÁÃÅ',
  c: 'çÇ',
  e: 'éèêëÉÈÊË',
  i: 'íìîïÍÌÎÏ',
  n: 'ñÑ',
  o: 'óòôöõÓÒÔÖÕ',
  u: 'úùûüÚÙÛÜ',
  y: 'ýÿÝŸ',
};

/**
 * A regular expression that finds `text` in a name whatever its accents and case, so that
 * « helene » and « HÉLÈNE » find « Hélène »: each letter becomes a class of its forms, any other
 * character is matched literally. Matching it costs no per-row rewriting of the names.
 */
export function nameSearchPattern(text: string): string {
  const plain = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return [...plain]
    .map((char) => {
      if (/[a-z]/.test(char)) return `[${char}${char.toUpperCase()}${ACCENTED[char] ?? ''}]`;
      return /[\\^$.|?*+()[\]{}]/.test(char) ? `\\${char}` : char;
    })
    .join('');
}

/**
 * The at-risk flag of `bilanAlerts` as SQL, over a bilan `b` joined to its financing `f` and to
 * its active minutes `m` (`ACTIVE_MINUTES`: one grouped pass over the séances rather than one
 * probe per bilan, which cost 80 ms at 10,000 bilans).
 */
function atRiskFlag(now: Date, today: PlainDate, limits: { noShowLimit: number; inactivityDays: number }): RawBuilder<boolean> {
  const open = sql.join(OPEN_PHASES.map((p) => sql.lit(p)));
  const parisDay = (column: RawBuilder<unknown>) => sql`(${column} AT TIME ZONE 'Europe/Paris')::date`;
  return sql<boolean>`(b.phase IN (${open}) AND (
    b.no_show_count >= ${limits.noShowLimit}
    OR (coalesce(${parisDay(sql`b.last_held_seance_at`)}, ${parisDay(sql`b.created_at`)})
          <= ${today}::date - ${limits.inactivityDays}::int AND NOT ${seancePlanned(now)})
    OR coalesce(m.active, 0) > b.planned_accompaniment_minutes
    OR (b.last_held_seance_at IS NOT NULL AND NOT ${consentGiven})
    OR f.planned_end_on < ${today}::date))`;
}

/** `activeMinutes` of every bilan of the organisation, grouped (see the flag above). */
const ACTIVE_MINUTES = (organisationId: string) => sql`
  SELECT s.bilan_id, ${activeMinutesOf(sql`s`)} AS active FROM seances AS s
  WHERE s.organisation_id = ${organisationId} AND s.status IN ('planned', 'held') AND s.mode <> 'personal_work'
  GROUP BY s.bilan_id`;

export async function adminBilanRows(
  db: Kysely<Database>,
  organisationId: string,
  filter: AdminBilansFilter,
  at: { now: Date; today: PlainDate; limits: { noShowLimit: number; inactivityDays: number } },
): Promise<AdminBilansRows> {
  const where: RawBuilder<unknown>[] = [sql`b.organisation_id = ${organisationId}`];
  if (filter.consultantId) where.push(sql`b.consultant_id = ${filter.consultantId}`);
  if (filter.phase) where.push(sql`b.phase = ${filter.phase}`);
  if (filter.financing) where.push(sql`b.financing = ${filter.financing}`);
  if (filter.search) {
    const pattern = nameSearchPattern(filter.search);
    where.push(sql`(u.first_name || ' ' || u.last_name ~ ${pattern} OR u.last_name || ' ' || u.first_name ~ ${pattern})`);
  }
  const shown = filter.alertsOnly ? sql`WHERE alert` : sql``;
  const { rows } = await sql<AdminBilansRows>`
    WITH flagged AS MATERIALIZED (
      SELECT b.id, b.created_at, ${atRiskFlag(at.now, at.today, at.limits)} AS alert
      FROM bilans AS b
      JOIN users AS u ON u.id = b.beneficiary_id
      LEFT JOIN bilan_financings AS f ON f.bilan_id = b.id
      LEFT JOIN (${ACTIVE_MINUTES(organisationId)}) AS m ON m.bilan_id = b.id
      WHERE ${sql.join(where, sql` AND `)}
    ),
    page AS (
      SELECT id, created_at FROM flagged ${shown} ORDER BY created_at DESC, id LIMIT ${filter.limit} OFFSET ${filter.offset}
    )
    SELECT
      (SELECT count(*)::int FROM flagged ${shown}) AS total,
      (SELECT count(*)::int FROM flagged WHERE alert) AS "withAlerts",
      (SELECT coalesce(json_agg(json_build_array(
          b.id, u.first_name, u.last_name, c.id, c.first_name, c.last_name, b.financing, f.status,
          b.accompaniment_done_minutes,
          (SELECT coalesce(json_agg(json_build_array(d.kind, cardinality(d.signers), (
              SELECT count(*) FROM unnest(d.signers) AS r WHERE NOT EXISTS (
                SELECT 1 FROM document_signatures AS ds WHERE ds.document_id = d.id AND ds.signer_role = r)))
            ORDER BY d.created_at), '[]'::json)
           FROM bilan_documents AS d WHERE d.bilan_id = b.id AND d.superseded_at IS NULL),
          (SELECT coalesce(json_agg(json_build_array(x.kind, x.due_on) ORDER BY x.due_on), '[]'::json) FROM (
             SELECT 'edof_' || e.kind AS kind, e.due_on FROM edof_declarations AS e
             WHERE e.bilan_id = b.id AND e.declared_at IS NULL
             UNION ALL
             SELECT 'follow_up', fu.due_on FROM follow_ups AS fu
             WHERE fu.bilan_id = b.id AND fu.outcome IS NULL AND fu.response = 'accepted' AND fu.due_on IS NOT NULL) AS x),
          ${FACTS_TUPLE(at.now)})
        ORDER BY p.created_at DESC, p.id), '[]'::json)
       FROM page AS p
       JOIN bilans AS b ON b.id = p.id
       JOIN users AS u ON u.id = b.beneficiary_id
       JOIN users AS c ON c.id = b.consultant_id
       LEFT JOIN bilan_financings AS f ON f.bilan_id = b.id) AS rows,
      (SELECT coalesce(json_agg(json_build_array(c.id, c.first_name, c.last_name, c.status) ORDER BY c.last_name, c.first_name), '[]'::json)
       FROM users AS c WHERE c.organisation_id = ${organisationId} AND c.role = 'consultant') AS consultants
  `.execute(db);
  return rows[0]!;
}
