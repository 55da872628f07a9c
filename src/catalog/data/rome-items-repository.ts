/**
 * ROME items looked up by code for other capabilities (the portfolio, decision 038): an
 * appellation with its fiche, compétences and savoirs by OGR code, and the compétences and savoirs
 * of a fiche with their macro-compétence. Codes are plain text elsewhere (decision 013): a code
 * the catalogue no longer has simply finds nothing.
 */
import { sql } from 'kysely';
import type { Db } from '../../platform/db/kysely.ts';
import type { CompetenceCategory, CompetenceKind, CoreLevel } from '../domain/model.ts';

export interface AppellationRow {
  code_ogr: string;
  label: string;
  code_rome: string;
  fiche_label: string;
}

/** The appellation and its fiche, or undefined. */
export function findAppellation(db: Db, codeOgr: string): Promise<AppellationRow | undefined> {
  return db
    .selectFrom('rome_appellations as a')
    .innerJoin('rome_fiches as f', 'f.code_rome', 'a.code_rome')
    .select(['a.code_ogr', 'a.label', 'a.code_rome', 'f.label as fiche_label'])
    .where('a.code_ogr', '=', codeOgr)
    .executeTakeFirst();
}

/** A compétence (or macro-compétence) or a savoir of the catalogue. */
export interface SkillRow {
  code_ogr: string;
  label: string;
  /** `competence`: rome_competences (category savoir-faire or savoir-être); `savoir`: rome_savoirs. */
  source: 'competence' | 'savoir';
  /** Compétences: savoir_faire or savoir_etre; savoirs: their category. */
  category: string;
  competence_kind: CompetenceKind | null;
}

/** The compétences and savoirs among `codes` (one statement). */
export async function findSkills(db: Db, codes: readonly string[]): Promise<SkillRow[]> {
  if (codes.length === 0) return [];
  const list = [...new Set(codes)];
  const { rows } = await sql<SkillRow>`
    SELECT code_ogr, label, 'competence' AS source, category, kind AS competence_kind
      FROM rome_competences WHERE code_ogr = ANY(${list}::text[])
    UNION ALL
    SELECT code_ogr, label, 'savoir' AS source, category, NULL
      FROM rome_savoirs WHERE code_ogr = ANY(${list}::text[])`.execute(db);
  return rows;
}

export interface FicheItemRow {
  code_ogr: string;
  label: string;
  source: 'competence' | 'savoir';
  competence_kind: CompetenceKind | null;
  /** Compétences: savoir_faire / savoir_etre; savoirs: their category. */
  category: CompetenceCategory | string;
  core: CoreLevel | null;
  macro_code_ogr: string | null;
  macro_label: string | null;
}

/** The compétences (with their macro-compétence's label) and savoirs of a fiche (one statement). */
export async function readFicheSkills(db: Db, codeRome: string): Promise<FicheItemRow[]> {
  const { rows } = await sql<FicheItemRow>`
    SELECT c.code_ogr, c.label, 'competence' AS source, c.kind AS competence_kind, c.category, fc.core,
           c.macro_code_ogr, m.label AS macro_label
      FROM rome_fiche_competences fc
      JOIN rome_competences c ON c.code_ogr = fc.code_ogr
      LEFT JOIN rome_competences m ON m.code_ogr = c.macro_code_ogr
     WHERE fc.code_rome = ${codeRome}
    UNION ALL
    SELECT s.code_ogr, s.label, 'savoir', NULL, s.category, fs.core, NULL, NULL
      FROM rome_fiche_savoirs fs
      JOIN rome_savoirs s ON s.code_ogr = fs.code_ogr
     WHERE fs.code_rome = ${codeRome}`.execute(db);
  return rows;
}
