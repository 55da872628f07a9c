/**
 * Writes the ROME catalogue (docs/decisions/013-rome-catalogue-storage.md): every catalogue row is
 * replaced inside the caller's transaction, so readers see the previous catalogue until the
 * commit. Imports are serialised across processes by an advisory lock.
 */
import { sql } from 'kysely';
import { bulkInsert } from '../../platform/db/bulk-insert.ts';
import type { Trx } from '../../platform/db/kysely.ts';
import type { RomeCatalog } from '../domain/model.ts';

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

/** Waits for any other import to end; held until the transaction ends. */
export async function lockCatalogueImports(trx: Trx): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(${IMPORT_LOCK})`.execute(trx);
}

/** The ROME release installed, null when none is. */
export async function readInstalledVersion(trx: Trx): Promise<number | null> {
  const current = await trx.selectFrom('rome_catalogue').select('version_number').executeTakeFirst();
  return current?.version_number ?? null;
}

/** Replaces every catalogue row with the release's, and records the release. */
export async function replaceCatalogue(
  trx: Trx,
  catalog: RomeCatalog,
  meta: { now: Date; source: string; counts: Record<string, number> },
): Promise<void> {
  const { now, source, counts } = meta;
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
      version_number: catalog.version.number,
      file_suffix: catalog.version.fileSuffix,
      title: catalog.version.title,
      published_on: catalog.version.publishedOn,
      validated_on: catalog.version.validatedOn,
      imported_at: now,
      source,
      counts: JSON.stringify(counts),
    })
    .execute();
}
