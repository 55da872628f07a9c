/**
 * The ROME items the portfolio names, read through the catalogue's repository (decision 013: codes
 * are plain text, checked when saved): an appellation, a compétence or savoir with the portfolio's
 * kind, and the items of a fiche for the proposals.
 */
import { findAppellation, findSkills, readFicheSkills } from '../../catalog/data/rome-items-repository.ts';
import type { Caches } from '../../platform/cache/caches.ts';
import type { Db } from '../../platform/db/kysely.ts';
import type { PortfolioCompetenceKind } from '../domain/portfolio.ts';
import type { FicheItem } from '../domain/proposals.ts';

export { findAppellation };

export interface RomeSkill {
  codeOgr: string;
  label: string;
  kind: PortfolioCompetenceKind;
  /** True for a macro-compétence (a domain may start from one). */
  macro: boolean;
}

function kindOf(row: { source: 'competence' | 'savoir'; category: string }): PortfolioCompetenceKind {
  if (row.source === 'savoir') return 'savoir';
  return row.category === 'savoir_etre' ? 'savoir_etre' : 'savoir_faire';
}

/** The compétences and savoirs of the catalogue among `codes`, by code. */
export async function romeSkills(db: Db, codes: readonly string[]): Promise<Map<string, RomeSkill>> {
  const rows = await findSkills(db, codes);
  return new Map(
    rows.map((r) => [
      r.code_ogr,
      { codeOgr: r.code_ogr, label: r.label, kind: kindOf(r), macro: r.competence_kind === 'macro_competence' },
    ]),
  );
}

/**
 * The items of a fiche, as the proposals group them; kept in the process for a minute (catalogue
 * data, replaced only by an import).
 */
export async function ficheItems(db: Db, caches: Caches, codeRome: string, nowMs: number): Promise<FicheItem[]> {
  const key = `fiche:${codeRome}`;
  const cached = caches.ficheItems.get(key, nowMs);
  if (cached) return cached;
  const stamp = caches.ficheItems.stamp([]);
  const items = (await readFicheSkills(db, codeRome)).map((r): FicheItem => {
    const isMacro = r.competence_kind === 'macro_competence';
    return {
      codeOgr: r.code_ogr,
      label: r.label,
      kind: kindOf(r),
      core: r.core,
      macroCodeOgr: r.source === 'savoir' ? null : isMacro ? r.code_ogr : r.macro_code_ogr,
      macroLabel: r.source === 'savoir' ? null : isMacro ? r.label : r.macro_label,
      category: r.source === 'savoir' ? r.category : null,
    };
  });
  caches.ficheItems.set(key, items, [], stamp, Number.POSITIVE_INFINITY, nowMs);
  return items;
}
