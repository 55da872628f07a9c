/**
 * Imports a ROME 4.0 release (already read and validated from the official export, see
 * src/adapters/rome/load-export.ts) into the database, in ONE transaction: the same release again
 * changes nothing; a newer one replaces every catalogue row atomically (readers see the previous
 * catalogue until the commit); an older one is refused. Then this process's search indexes are
 * rebuilt; other processes notice the new stamp within seconds.
 */
import { sql } from 'kysely';
import { bulkInsert } from '../../platform/db/bulk-insert.ts';
import type { RomeCatalog } from '../domain/model.ts';
import { AppError } from '../../shared/errors.ts';
import { catalogueSource } from './catalogue-store.ts';
import type { Deps } from '../../platform/deps.ts';

export interface ImportRomeResult {
  status: 'imported' | 'unchanged';
  version: number;
  previousVersion: number | null;
  counts: Record<string, number>;
}

/** Catalogue tables, children first (the order of deletion). */
const TABLES = [
  'rome_fiche_naf_sectors',
  'rome_fiche_themes',
  'rome_fiche_sectors',
  'rome_fiche_centres_of_interest',
  'rome_mobilities',
  'rome_fiche_work_contexts',
  'rome_fiche_savoirs',
  'rome_fiche_competences',
  'rome_appellations',
  'rome_fiches',
  'rome_naf_sectors',
  'rome_themes',
  'rome_sub_sectors',
  'rome_sectors',
  'rome_centres_of_interest',
  'rome_work_contexts',
  'rome_savoirs',
  'rome_competences',
  'rome_domains',
  'rome_grand_domains',
] as const;

/** Serialises imports across processes (any stable 64-bit key). */
const IMPORT_LOCK = 4_0460_2026;

export function catalogueCounts(catalog: RomeCatalog): Record<string, number> {
  const links = (pick: (f: RomeCatalog['fiches'][number]) => unknown[]) =>
    catalog.fiches.reduce((n, f) => n + pick(f).length, 0);
  return {
    fiches: catalog.fiches.length,
    appellations: catalog.appellations.length,
    competences: catalog.competences.length,
    savoirs: catalog.savoirs.length,
    workContexts: catalog.workContexts.length,
    grandDomains: catalog.grandDomains.length,
    domains: catalog.domains.length,
    ficheCompetences: links((f) => f.competences),
    ficheSavoirs: links((f) => f.savoirs),
    ficheWorkContexts: links((f) => f.workContexts),
    mobilities: links((f) => f.mobilities),
    centresOfInterest: catalog.centresOfInterest.length,
    sectors: catalog.sectors.length,
    subSectors: catalog.subSectors.length,
    themes: catalog.themes.length,
    nafSectors: catalog.nafSectors.length,
  };
}

export async function importRomeCatalogue(
  deps: Pick<Deps, 'db' | 'clock' | 'log' | 'caches'>,
  catalog: RomeCatalog,
  source: string,
): Promise<ImportRomeResult> {
  const now = deps.clock.now();
  const counts = catalogueCounts(catalog);
  const version = catalog.version.number;
  const result = await deps.db.transaction().execute(async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(${IMPORT_LOCK})`.execute(trx);
    const current = await trx.selectFrom('rome_catalogue').select('version_number').executeTakeFirst();
    const previousVersion = current?.version_number ?? null;
    if (previousVersion === version) return { status: 'unchanged' as const, version, previousVersion, counts };
    if (previousVersion !== null && previousVersion > version) {
      throw new AppError('catalogue_older_version', {
        message: `La version ${version} du ROME est plus ancienne que la version ${previousVersion} déjà installée : le catalogue n’a pas été modifié.`,
      });
    }
    // DELETE rather than TRUNCATE: readers keep reading the previous rows until the commit.
    for (const table of TABLES) await trx.deleteFrom(table).execute();
    await trx.deleteFrom('rome_catalogue').execute();

    await bulkInsert(
      trx,
      'rome_grand_domains',
      [
        ['code', 'text'],
        ['label', 'text'],
      ],
      catalog.grandDomains.map((g) => [g.code, g.label]),
    );
    await bulkInsert(
      trx,
      'rome_domains',
      [
        ['code', 'text'],
        ['label', 'text'],
        ['grand_domain_code', 'text'],
      ],
      catalog.domains.map((d) => [d.code, d.label, d.grandDomainCode]),
    );
    await bulkInsert(
      trx,
      'rome_competences',
      [
        ['code_ogr', 'text'],
        ['kind', 'text'],
        ['label', 'text'],
        ['definition', 'text'],
        ['macro_code_ogr', 'text'],
        ['macro_code', 'text'],
        ['category', 'text'],
        ['sub_category', 'text'],
        ['ecological_transition', 'boolean'],
        ['digital_transition', 'boolean'],
        ['heterogeneity', 'text'],
        ['origin', 'text'],
        ['riasec_major', 'text'],
        ['riasec_minor', 'text'],
      ],
      catalog.competences.map((c) => [
        c.codeOgr,
        c.kind,
        c.label,
        c.definition,
        c.macroCodeOgr,
        c.macroCode,
        c.category,
        c.subCategory,
        c.ecologicalTransition,
        c.digitalTransition,
        c.heterogeneity,
        c.origin,
        c.riasec?.major ?? null,
        c.riasec?.minor ?? null,
      ]),
    );
    await bulkInsert(
      trx,
      'rome_savoirs',
      [
        ['code_ogr', 'text'],
        ['label', 'text'],
        ['category', 'text'],
        ['sub_category', 'text'],
        ['ecological_transition', 'boolean'],
        ['digital_transition', 'boolean'],
      ],
      catalog.savoirs.map((s) => [
        s.codeOgr,
        s.label,
        s.category,
        s.subCategory,
        s.ecologicalTransition,
        s.digitalTransition,
      ]),
    );
    await bulkInsert(
      trx,
      'rome_work_contexts',
      [
        ['code_ogr', 'text'],
        ['label', 'text'],
        ['type_code', 'text'],
        ['type_label', 'text'],
      ],
      catalog.workContexts.map((w) => [w.codeOgr, w.label, w.typeCode, w.typeLabel]),
    );
    const classification = [
      ['code', 'text'],
      ['label', 'text'],
      ['definition', 'text'],
    ] as const;
    await bulkInsert(
      trx,
      'rome_centres_of_interest',
      classification,
      catalog.centresOfInterest.map((c) => [c.code, c.label, c.definition]),
    );
    await bulkInsert(
      trx,
      'rome_sectors',
      classification,
      catalog.sectors.map((c) => [c.code, c.label, c.definition]),
    );
    await bulkInsert(
      trx,
      'rome_sub_sectors',
      [...classification, ['sector_code', 'text']],
      catalog.subSectors.map((c) => [c.code, c.label, c.definition, c.sectorCode]),
    );
    await bulkInsert(
      trx,
      'rome_themes',
      classification,
      catalog.themes.map((c) => [c.code, c.label, c.definition]),
    );
    await bulkInsert(
      trx,
      'rome_naf_sectors',
      [
        ['code', 'text'],
        ['tech_code', 'text'],
        ['division', 'text'],
        ['label', 'text'],
      ],
      catalog.nafSectors.map((n) => [n.code, n.techCode, n.division, n.label]),
    );

    // Fiches carry sentence arrays (text[]): plain multi-row inserts, in chunks.
    for (let i = 0; i < catalog.fiches.length; i += 500) {
      await trx
        .insertInto('rome_fiches')
        .values(
          catalog.fiches.slice(i, i + 500).map((f) => ({
            code_rome: f.codeRome,
            code_ogr: f.codeOgr,
            code_fiche_metier: f.codeFicheMetier,
            label: f.label,
            parent_code_rome: f.parentCodeRome,
            domain_code: f.domainCode,
            grand_domain_code: f.grandDomainCode,
            definition: f.definition,
            access: f.access,
            riasec_major: f.riasec.major,
            riasec_minor: f.riasec.minor,
            ecological_transition: f.tags.ecologicalTransition,
            digital_transition: f.tags.digitalTransition,
            demographic_transition: f.tags.demographicTransition,
            regulated: f.tags.regulated,
            cadre: f.tags.cadre,
          })),
        )
        .execute();
    }
    await bulkInsert(
      trx,
      'rome_appellations',
      [
        ['code_ogr', 'text'],
        ['code_rome', 'text'],
        ['label', 'text'],
        ['short_label', 'text'],
        ['masculine', 'text'],
        ['feminine', 'text'],
        ['principal', 'boolean'],
        ['rare', 'boolean'],
        ['parent_code_rome', 'text'],
        ['ecological_transition', 'text'],
        ['digital_transition', 'boolean'],
        ['demographic_transition', 'boolean'],
        ['regulated', 'boolean'],
        ['cadre', 'boolean'],
      ],
      catalog.appellations.map((a) => [
        a.codeOgr,
        a.codeRome,
        a.label,
        a.shortLabel,
        a.masculine,
        a.feminine,
        a.principal,
        a.rare,
        a.parentCodeRome,
        a.tags.ecologicalTransition,
        a.tags.digitalTransition,
        a.tags.demographicTransition,
        a.tags.regulated,
        a.tags.cadre,
      ]),
    );
    const fiches = catalog.fiches;
    await bulkInsert(
      trx,
      'rome_fiche_competences',
      [
        ['code_rome', 'text'],
        ['code_ogr', 'text'],
        ['rubric', 'text'],
        ['core', 'text'],
      ],
      fiches.flatMap((f) => f.competences.map((l) => [f.codeRome, l.codeOgr, l.rubric, l.core])),
    );
    const items = [
      ['code_rome', 'text'],
      ['code_ogr', 'text'],
      ['core', 'text'],
    ] as const;
    await bulkInsert(
      trx,
      'rome_fiche_savoirs',
      items,
      fiches.flatMap((f) => f.savoirs.map((l) => [f.codeRome, l.codeOgr, l.core])),
    );
    await bulkInsert(
      trx,
      'rome_fiche_work_contexts',
      items,
      fiches.flatMap((f) => f.workContexts.map((l) => [f.codeRome, l.codeOgr, l.core])),
    );
    await bulkInsert(
      trx,
      'rome_mobilities',
      [
        ['code_rome', 'text'],
        ['target_code_rome', 'text'],
        ['position', 'integer'],
      ],
      fiches.flatMap((f) => f.mobilities.map((m) => [f.codeRome, m.targetCodeRome, m.order])),
    );
    await bulkInsert(
      trx,
      'rome_fiche_centres_of_interest',
      [
        ['code_rome', 'text'],
        ['code', 'text'],
        ['principal', 'boolean'],
      ],
      fiches.flatMap((f) => f.centresOfInterest.map((c) => [f.codeRome, c.code, c.principal])),
    );
    await bulkInsert(
      trx,
      'rome_fiche_sectors',
      [
        ['code_rome', 'text'],
        ['sector_code', 'text'],
        ['sub_sector_code', 'text'],
        ['principal', 'boolean'],
      ],
      fiches.flatMap((f) => f.sectors.map((s) => [f.codeRome, s.sectorCode, s.subSectorCode, s.principal])),
    );
    const codes = [
      ['code_rome', 'text'],
      ['code', 'text'],
    ] as const;
    await bulkInsert(
      trx,
      'rome_fiche_themes',
      codes,
      fiches.flatMap((f) => f.themeCodes.map((c) => [f.codeRome, c])),
    );
    await bulkInsert(
      trx,
      'rome_fiche_naf_sectors',
      codes,
      fiches.flatMap((f) => f.nafSectorCodes.map((c) => [f.codeRome, c])),
    );

    await trx
      .insertInto('rome_catalogue')
      .values({
        version_number: version,
        file_suffix: catalog.version.fileSuffix,
        title: catalog.version.title,
        published_on: catalog.version.publishedOn,
        validated_on: catalog.version.validatedOn,
        imported_at: now,
        source,
        counts: JSON.stringify(counts),
      })
      .execute();
    return { status: 'imported' as const, version, previousVersion, counts };
  });
  if (result.status === 'imported') {
    deps.log.info({ version, previousVersion: result.previousVersion, counts }, 'Catalogue ROME importé');
    await deps.caches.catalogue.refresh(catalogueSource(deps.db));
  } else {
    deps.log.info({ version }, 'Catalogue ROME déjà à jour : rien à importer');
  }
  return result;
}
