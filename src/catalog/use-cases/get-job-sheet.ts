/**
 * The job sheet of one fiche ROME, read from the stored catalogue in one snapshot: texts,
 * appellations, compétences grouped by kind and macro-compétence (core-of-job first), savoirs by
 * category, work contexts by type, mobilities, centres of interest, sectors, and the credit line.
 * Public (open data). An unknown code is a 404.
 */
import type { JobSheet, JobSheetCompetenceGroup, JobSheetItem } from '../contracts/schemas.ts';
import { romeCredit } from '../contracts/schemas.ts';
import { AppError } from '../../shared/errors.ts';
import type { Deps } from '../../platform/deps.ts';
import type { CoreLevel } from '../domain/model.ts';
import { readJobSheetRows } from '../data/job-sheet-repository.ts';

const CORE_RANK = (core: CoreLevel | null): number => (core === 'principale' ? 0 : core === 'emergente' ? 1 : 2);
const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, 'fr');
const byCoreThenLabel = (a: JobSheetItem, b: JobSheetItem) => CORE_RANK(a.core) - CORE_RANK(b.core) || byLabel(a, b);
const groupRank = (g: JobSheetCompetenceGroup) => Math.min(CORE_RANK(g.core), ...g.items.map((i) => CORE_RANK(i.core)));

export async function getJobSheet(deps: Pick<Deps, 'db'>, codeRome: string): Promise<JobSheet> {
  const rows = await readJobSheetRows(deps.db, codeRome);
  if (!rows) throw new AppError('not_found', { message: `Aucune fiche métier ne porte le code ROME « ${codeRome} ».` });
  const { fiche, appellations, competenceLinks, savoirs, contexts, mobilities, centres, sectors } = rows;

  // Compétences under their macro-compétence; a macro-compétence linked itself is a group.
  const groups = new Map<string, JobSheetCompetenceGroup & { rubric: string }>();
  const group = (rubric: string, codeOgr: string, label: string, major: string | null, minor: string | null) => {
    const key = `${rubric}|${codeOgr}`;
    let found = groups.get(key);
    if (!found) {
      found = {
        rubric,
        codeOgr,
        label,
        core: null,
        items: [],
        riasec: major
          ? { major: major as JobSheet['riasec']['major'], minor: (minor as JobSheet['riasec']['minor']) ?? null }
          : null,
      };
      groups.set(key, found);
    }
    return found;
  };
  for (const link of competenceLinks) {
    if (link.kind === 'macro_competence') {
      group(link.rubric, link.code_ogr, link.label, link.riasec_major, link.riasec_minor).core = link.core;
    } else if (link.macro_code_ogr !== null && link.macro_label !== null) {
      group(
        link.rubric,
        link.macro_code_ogr,
        link.macro_label,
        link.macro_riasec_major,
        link.macro_riasec_minor,
      ).items.push({ codeOgr: link.code_ogr, label: link.label, core: link.core });
    }
  }
  const sortedGroups = (rubric: string) =>
    [...groups.values()]
      .filter((g) => g.rubric === rubric)
      .map(({ rubric: _rubric, ...g }) => ({ ...g, items: g.items.sort(byCoreThenLabel) }))
      .sort((a, b) => groupRank(a) - groupRank(b) || byLabel(a, b));

  const savoirCategories = new Map<string, (JobSheetItem & { subCategory: string })[]>();
  for (const s of savoirs) {
    const list = savoirCategories.get(s.category) ?? [];
    list.push({ codeOgr: s.code_ogr, label: s.label, core: s.core, subCategory: s.sub_category });
    savoirCategories.set(s.category, list);
  }
  const contextTypes = new Map<string, JobSheetItem[]>();
  for (const c of contexts) {
    const list = contextTypes.get(c.type_label) ?? [];
    list.push({ codeOgr: c.code_ogr, label: c.label, core: c.core });
    contextTypes.set(c.type_label, list);
  }

  return {
    codeRome: fiche.code_rome,
    label: fiche.label,
    definition: fiche.definition,
    access: fiche.access,
    riasec: { major: fiche.riasec_major, minor: fiche.riasec_minor },
    domain: { code: fiche.domain_code, label: fiche.domain_label },
    grandDomain: { code: fiche.grand_domain_code, label: fiche.grand_domain_label },
    tags: {
      regulated: fiche.regulated,
      cadre: fiche.cadre,
      ecologicalTransition: fiche.ecological_transition,
      digitalTransition: fiche.digital_transition,
      demographicTransition: fiche.demographic_transition,
    },
    appellations: appellations
      .map((a) => ({
        codeOgr: a.code_ogr,
        label: a.label,
        masculine: a.masculine,
        feminine: a.feminine,
        principal: a.principal,
        rare: a.rare === true,
      }))
      .sort((a, b) => Number(b.principal) - Number(a.principal) || Number(a.rare) - Number(b.rare) || byLabel(a, b)),
    competences: { savoirFaire: sortedGroups('savoir_faire'), savoirEtre: sortedGroups('savoir_etre') },
    savoirs: [...savoirCategories]
      .map(([category, items]) => ({ category, items: items.sort(byCoreThenLabel) }))
      .sort((a, b) => a.category.localeCompare(b.category, 'fr')),
    workContexts: [...contextTypes].map(([type, items]) => ({ type, items: items.sort(byCoreThenLabel) })),
    mobilities: mobilities.map((m) => ({
      codeRome: m.target_code_rome,
      label: m.label,
      order: m.position,
      kind: m.kind,
    })),
    centresOfInterest: centres.map((c) => ({ code: c.code, label: c.label, principal: c.principal })),
    sectors: sectors.map((s) => ({ code: s.code, label: s.label, subSector: s.sub_label, principal: s.principal })),
    credit: romeCredit({ number: fiche.version_number, publishedOn: fiche.published_on }),
  };
}
