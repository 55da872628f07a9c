/**
 * The rows of a bilan's exploration as the views need them (decision 041): pistes with their
 * fiche's and appellation's current catalogue labels, training needs with the label of the
 * competence they close, enquêtes, set-aside suggestions, and who created and last changed each
 * item, by name. Pure assembly (feasibility, skill gaps) happens in `domain/assemble.ts`.
 */
import { sql, type RawBuilder } from 'kysely';
import type { Trx } from '../../platform/db/kysely.ts';
import type { EnqueteRow, ExplorationRows, PisteRow, SetAsideRow, TrainingNeedRow } from '../domain/rows.ts';

const iso = (column: RawBuilder<unknown>) => sql`to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const person = (alias: string) =>
  sql`json_build_object('id', ${sql.ref(`${alias}.id`)}, 'name', ${sql.ref(`${alias}.first_name`)} || ' ' || ${sql.ref(`${alias}.last_name`)}, 'role', ${sql.ref(`${alias}.role`)})`;
const tracked = (alias: string) => sql`
  ${sql.ref(`${alias}.id`)} AS id, ${sql.ref(`${alias}.position`)} AS position, ${sql.ref(`${alias}.revision`)} AS revision,
  ${iso(sql.ref(`${alias}.created_at`))} AS created_at, ${person('cu')} AS created_by,
  ${iso(sql.ref(`${alias}.updated_at`))} AS updated_at, ${person('uu')} AS updated_by`;

/** Everything of the bilan's exploration (or of one piste), in list order. */
export async function readExplorationRows(
  db: Trx,
  organisationId: string,
  bilanId: string,
  pisteId?: string,
): Promise<ExplorationRows> {
  const of = (alias: string, pisteColumn: string) =>
    sql`${sql.ref(`${alias}.bilan_id`)} = ${bilanId} AND ${sql.ref(`${alias}.organisation_id`)} = ${organisationId}
        ${pisteId ? sql`AND ${sql.ref(`${alias}.${pisteColumn}`)} = ${pisteId}` : sql``}`;
  const [pistes, trainingNeeds, enquetes, setAside] = await Promise.all([
    sql<PisteRow>`
      SELECT ${tracked('p')}, p.kind, p.code_rome, f.label AS fiche_label, p.appellation_code_ogr,
             a.label AS appellation_label, p.title, p.description, p.desire, p.desire_why,
             p.training_assessment, p.training_note, p.market_assessment, p.market_note,
             p.pay_assessment, p.pay_note, p.place_assessment, p.place_note,
             p.constraints_assessment, p.constraints_note, p.favourable_factors, p.unfavourable_factors,
             p.status, p.status_reason, p.origin, p.origin_reasons
        FROM exploration_pistes p
        JOIN users cu ON cu.id = p.created_by
        JOIN users uu ON uu.id = p.updated_by
        LEFT JOIN rome_fiches f ON f.code_rome = p.code_rome
        LEFT JOIN rome_appellations a ON a.code_ogr = p.appellation_code_ogr
       WHERE ${of('p', 'id')}
       ORDER BY p.position, p.created_at, p.id`.execute(db),
    sql<TrainingNeedRow>`
      SELECT ${tracked('t')}, t.piste_id, t.code_ogr,
             coalesce((SELECT rc.label FROM rome_competences rc WHERE rc.code_ogr = t.code_ogr),
                      (SELECT rs.label FROM rome_savoirs rs WHERE rs.code_ogr = t.code_ogr)) AS competence_label,
             t.content, t.duration, t.certification, t.funding
        FROM exploration_training_needs t
        JOIN users cu ON cu.id = t.created_by
        JOIN users uu ON uu.id = t.updated_by
       WHERE ${of('t', 'piste_id')}
       ORDER BY t.position, t.created_at, t.id`.execute(db),
    sql<EnqueteRow>`
      SELECT ${tracked('e')}, e.piste_id, e.kind, e.contact_name, e.contact_role, e.contact_organisation,
             e.contact_email, e.contact_phone, to_char(e.planned_on, 'YYYY-MM-DD') AS planned_on, e.place,
             to_char(e.started_on, 'YYYY-MM-DD') AS started_on, to_char(e.ended_on, 'YYYY-MM-DD') AS ended_on,
             e.source_title, e.source_url, e.questions, e.learnt, e.debrief_confirmed, e.debrief_contradicted,
             e.debrief_effect, ${iso(sql.ref('e.debriefed_at'))} AS debriefed_at,
             CASE WHEN du.id IS NULL THEN NULL ELSE ${person('du')} END AS debriefed_by
        FROM exploration_enquetes e
        JOIN users cu ON cu.id = e.created_by
        JOIN users uu ON uu.id = e.updated_by
        LEFT JOIN users du ON du.id = e.debriefed_by
       WHERE ${of('e', 'piste_id')}
       ORDER BY e.position, e.created_at, e.id`.execute(db),
    pisteId
      ? Promise.resolve({ rows: [] as SetAsideRow[] })
      : sql<SetAsideRow>`
      SELECT s.code_rome, f.label, s.reason, ${iso(sql.ref('s.set_at'))} AS set_at, ${person('su')} AS set_by
        FROM exploration_set_aside_suggestions s
        JOIN users su ON su.id = s.set_by
        LEFT JOIN rome_fiches f ON f.code_rome = s.code_rome
       WHERE s.bilan_id = ${bilanId} AND s.organisation_id = ${organisationId}
       ORDER BY s.set_at, s.code_rome`.execute(db),
  ]);
  return { pistes: pistes.rows, trainingNeeds: trainingNeeds.rows, enquetes: enquetes.rows, setAside: setAside.rows };
}
