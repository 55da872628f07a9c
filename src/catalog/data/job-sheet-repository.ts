/**
 * The rows of one fiche ROME's job sheet, read in one snapshot (repeatable read): the fiche with
 * its domains and the catalogue's version, its appellations, compétences (with their
 * macro-compétence), savoirs, work contexts, mobilities, centres of interest and sectors.
 */
import type { Db } from '../../platform/db/kysely.ts';

/** null when no fiche carries the code. */
export function readJobSheetRows(db: Db, codeRome: string) {
  return db
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
      if (!fiche) return null;

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

      return { fiche, appellations, competenceLinks, savoirs, contexts, mobilities, centres, sectors };
    });
}
