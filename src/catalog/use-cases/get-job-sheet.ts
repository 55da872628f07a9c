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

const CORE_RANK = (core: CoreLevel | null): number => (core === 'principale' ? 0 : core === 'emergente' ? 1 : 2);
const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, 'fr');
const byCoreThenLabel = (a: JobSheetItem, b: JobSheetItem) => CORE_RANK(a.core) - CORE_RANK(b.core) || byLabel(a, b);
const groupRank = (g: JobSheetCompetenceGroup) => Math.min(CORE_RANK(g.core), ...g.items.map((i) => CORE_RANK(i.core)));

export async function getJobSheet(deps: Pick<Deps, 'db'>, codeRome: string): Promise<JobSheet> {
  return deps.db
    .transaction()
    .setIsolationLevel('repeatable read')
    .setAccessMode('read only')
    .execute(async (trx) => {
      const fiche = await trx
        .selectFrom('rome_fiches as f')
        .innerJoin('rome_domains as d', 'd.code', 'f.domain_code')
        .innerJoin('rome_grand_domains as g', 'g.code', 'f.grand_domain_code')
        .crossJoin('rome_catalogue as v')
        .select([
          'f.code_rome',
          'f.label',
          'f.definition',
          'f.access',
          'f.riasec_major',
          'f.riasec_minor',
          'f.regulated',
          'f.cadre',
          'f.ecological_transition',
          'f.digital_transition',
          'f.demographic_transition',
          'd.code as domain_code',
          'd.label as domain_label',
          'g.code as grand_domain_code',
          'g.label as grand_domain_label',
          'v.version_number',
          'v.published_on',
        ])
        .where('f.code_rome', '=', codeRome)
        .executeTakeFirst();
      if (!fiche)
        throw new AppError('not_found', { message: `Aucune fiche métier ne porte le code ROME « ${codeRome} ».` });

      const appellations = await trx
        .selectFrom('rome_appellations')
        .select(['code_ogr', 'label', 'masculine', 'feminine', 'principal', 'rare'])
        .where('code_rome', '=', codeRome)
        .execute();

      const competenceLinks = await trx
        .selectFrom('rome_fiche_competences as l')
        .innerJoin('rome_competences as c', 'c.code_ogr', 'l.code_ogr')
        .leftJoin('rome_competences as m', 'm.code_ogr', 'c.macro_code_ogr')
        .select([
          'l.code_ogr',
          'l.rubric',
          'l.core',
          'c.kind',
          'c.label',
          'c.riasec_major',
          'c.riasec_minor',
          'm.code_ogr as macro_code_ogr',
          'm.label as macro_label',
          'm.riasec_major as macro_riasec_major',
          'm.riasec_minor as macro_riasec_minor',
        ])
        .where('l.code_rome', '=', codeRome)
        .execute();

      const savoirs = await trx
        .selectFrom('rome_fiche_savoirs as l')
        .innerJoin('rome_savoirs as s', 's.code_ogr', 'l.code_ogr')
        .select(['l.code_ogr', 'l.core', 's.label', 's.category', 's.sub_category'])
        .where('l.code_rome', '=', codeRome)
        .execute();

      const contexts = await trx
        .selectFrom('rome_fiche_work_contexts as l')
        .innerJoin('rome_work_contexts as w', 'w.code_ogr', 'l.code_ogr')
        .select(['l.code_ogr', 'l.core', 'w.label', 'w.type_code', 'w.type_label'])
        .where('l.code_rome', '=', codeRome)
        .orderBy('w.type_code')
        .execute();

      const mobilities = await trx
        .selectFrom('rome_mobilities as m')
        .innerJoin('rome_fiches as t', 't.code_rome', 'm.target_code_rome')
        .select(['m.target_code_rome', 'm.position', 'm.kind', 't.label'])
        .where('m.code_rome', '=', codeRome)
        .orderBy('m.position')
        .execute();

      const centres = await trx
        .selectFrom('rome_fiche_centres_of_interest as l')
        .innerJoin('rome_centres_of_interest as c', 'c.code', 'l.code')
        .select(['c.code', 'c.label', 'l.principal'])
        .where('l.code_rome', '=', codeRome)
        .orderBy('l.principal', 'desc')
        .orderBy('c.label')
        .execute();

      const sectors = await trx
        .selectFrom('rome_fiche_sectors as l')
        .innerJoin('rome_sectors as s', 's.code', 'l.sector_code')
        .leftJoin('rome_sub_sectors as ss', 'ss.code', 'l.sub_sector_code')
        .select(['s.code', 's.label', 'ss.label as sub_label', 'l.principal'])
        .where('l.code_rome', '=', codeRome)
        .orderBy('l.principal', 'desc')
        .orderBy('s.label')
        .execute();

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
          .sort(
            (a, b) => Number(b.principal) - Number(a.principal) || Number(a.rare) - Number(b.rare) || byLabel(a, b),
          ),
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
    });
}
