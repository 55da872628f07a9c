/**
 * What the exploration reads of others' tables, read-only (decision 041): the ROME catalogue
 * (fiches, appellations, the items and work contexts of a fiche, its access sentences) and the
 * competences of the bilan's portfolio, for the skill gaps. Codes are plain text (decision 013):
 * a code a newer release dropped simply finds nothing.
 */
import { listHeldCompetences } from '../../portfolio/data/competence-repository.ts';
import { sql } from 'kysely';
import type { Trx } from '../../platform/db/kysely.ts';
import type { GuideFiche } from '../domain/interview-guide.ts';
import type { FicheSkill, HeldCompetence } from '../domain/skill-gaps.ts';

/** The fiche's label, or undefined when the catalogue has no such fiche. */
export async function findFiche(db: Trx, codeRome: string): Promise<{ codeRome: string; label: string } | undefined> {
  const { rows } = await sql<{ code_rome: string; label: string }>`
    SELECT code_rome, label FROM rome_fiches WHERE code_rome = ${codeRome}`.execute(db);
  return rows[0] ? { codeRome: rows[0].code_rome, label: rows[0].label } : undefined;
}

/** The appellation with its fiche, or undefined. */
export async function findAppellation(
  db: Trx,
  codeOgr: string,
): Promise<{ codeOgr: string; label: string; codeRome: string } | undefined> {
  const { rows } = await sql<{ code_ogr: string; label: string; code_rome: string }>`
    SELECT code_ogr, label, code_rome FROM rome_appellations WHERE code_ogr = ${codeOgr}`.execute(db);
  return rows[0] ? { codeOgr: rows[0].code_ogr, label: rows[0].label, codeRome: rows[0].code_rome } : undefined;
}

/** True when the catalogue has this compétence, macro-compétence or savoir. */
export async function skillExists(db: Trx, codeOgr: string): Promise<boolean> {
  const { rows } = await sql<{ found: boolean }>`
    SELECT EXISTS (SELECT 1 FROM rome_competences WHERE code_ogr = ${codeOgr})
        OR EXISTS (SELECT 1 FROM rome_savoirs WHERE code_ogr = ${codeOgr}) AS found`.execute(db);
  return rows[0]!.found;
}

/** The compétences and savoirs of several fiches, by fiche. */
export async function ficheSkills(db: Trx, codesRome: readonly string[]): Promise<Map<string, FicheSkill[]>> {
  const byFiche = new Map<string, FicheSkill[]>();
  if (codesRome.length === 0) return byFiche;
  const { rows } = await sql<FicheSkill & { code_rome: string; code_ogr: string }>`
    SELECT fc.code_rome, fc.code_ogr, rc.label,
           CASE WHEN rc.category = 'savoir_etre' THEN 'savoir_etre' ELSE 'savoir_faire' END AS kind,
           fc.core = 'principale' AS core
      FROM rome_fiche_competences fc JOIN rome_competences rc ON rc.code_ogr = fc.code_ogr
     WHERE fc.code_rome = ANY(${[...codesRome]}::text[])
    UNION ALL
    SELECT fs.code_rome, fs.code_ogr, rs.label, 'savoir' AS kind, fs.core = 'principale' AS core
      FROM rome_fiche_savoirs fs JOIN rome_savoirs rs ON rs.code_ogr = fs.code_ogr
     WHERE fs.code_rome = ANY(${[...codesRome]}::text[])
     ORDER BY 1, 2`.execute(db);
  for (const r of rows) {
    const list = byFiche.get(r.code_rome) ?? [];
    list.push({ codeOgr: r.code_ogr, label: r.label, kind: r.kind, core: r.core === true });
    byFiche.set(r.code_rome, list);
  }
  return byFiche;
}

/** What the interview guide is built from: activities, work contexts and access of the fiche. */
export async function guideFiche(db: Trx, codeRome: string): Promise<GuideFiche | undefined> {
  const { rows } = await sql<{ label: string; access: string[] }>`
    SELECT label, access FROM rome_fiches WHERE code_rome = ${codeRome}`.execute(db);
  if (!rows[0]) return undefined;
  const [activities, contexts] = await Promise.all([
    sql<{ code_ogr: string; label: string; core: boolean }>`
      SELECT fc.code_ogr, rc.label, coalesce(fc.core = 'principale', false) AS core
        FROM rome_fiche_competences fc JOIN rome_competences rc ON rc.code_ogr = fc.code_ogr
       WHERE fc.code_rome = ${codeRome} AND fc.rubric = 'savoir_faire' AND rc.kind = 'competence'
       ORDER BY fc.code_ogr`.execute(db),
    sql<{ code_ogr: string; label: string; type_label: string }>`
      SELECT wc.code_ogr, wc.label, wc.type_label
        FROM rome_fiche_work_contexts fw JOIN rome_work_contexts wc ON wc.code_ogr = fw.code_ogr
       WHERE fw.code_rome = ${codeRome}
       ORDER BY (fw.core = 'principale') DESC NULLS LAST, wc.type_code, wc.code_ogr`.execute(db),
  ]);
  return {
    label: rows[0].label,
    access: rows[0].access,
    activities: activities.rows.map((r) => ({ codeOgr: r.code_ogr, label: r.label, core: r.core })),
    workContexts: contexts.rows.map((r) => ({ codeOgr: r.code_ogr, label: r.label, typeLabel: r.type_label })),
  };
}

/** The competences of the bilan's portfolio, read through the portfolio's own read. */
export async function portfolioCompetences(db: Trx, organisationId: string, bilanId: string): Promise<HeldCompetence[]> {
  const held = await listHeldCompetences(db, organisationId, bilanId);
  return held.map((c) => ({ id: c.id, label: c.label, codeOgr: c.codeOgr, level: c.level }));
}
