/**
 * The stored ROME catalogue, read: its state (`GET /api/catalog`) and, for the in-memory search
 * indexes (Caches.catalogue), its stamp and the rows the indexes are built from.
 */
import { sql } from 'kysely';
import type { CatalogueIndexes } from '../../platform/cache/caches.ts';
import type { CatalogueSource } from './catalogue-cache.ts';
import type { Db } from '../../platform/db/kysely.ts';
import { buildJobSearchIndex } from '../domain/search/job-search.ts';
import { buildSkillSearchIndex } from '../domain/search/skill-search.ts';
import { romeCredit, type CatalogueInfo } from '../contracts/schemas.ts';
import type { Deps } from '../../platform/deps.ts';

const EMPTY_INFO: CatalogueInfo = {
  version: null,
  importedAt: null,
  counts: { fiches: 0, appellations: 0, competences: 0, savoirs: 0 },
  credit: null,
};

/** The stored catalogue's state; the empty state when none is imported. */
export async function readCatalogueInfo(db: Db): Promise<CatalogueInfo> {
  const row = await db.selectFrom('rome_catalogue').selectAll().executeTakeFirst();
  if (!row) return EMPTY_INFO;
  const counts = row.counts;
  const version = {
    number: row.version_number,
    title: row.title,
    publishedOn: row.published_on,
    validatedOn: row.validated_on,
  };
  return {
    version,
    importedAt: row.imported_at.toISOString(),
    counts: {
      fiches: counts.fiches ?? 0,
      appellations: counts.appellations ?? 0,
      competences: counts.competences ?? 0,
      savoirs: counts.savoirs ?? 0,
    },
    credit: romeCredit(version),
  };
}

async function readStamp(db: Db): Promise<string | null> {
  const row = await db.selectFrom('rome_catalogue').select(['version_number', 'imported_at']).executeTakeFirst();
  return row ? `${row.version_number}@${row.imported_at.toISOString()}` : null;
}

/** Builds the search indexes from the stored catalogue, in one snapshot (repeatable read). */
async function loadIndexes(db: Db) {
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .setAccessMode('read only')
    .execute(async (trx) => {
      const info = await readCatalogueInfo(trx);
      if (info.version === null || info.importedAt === null) return null;
      const [fiches, appellations, competences, savoirs] = await Promise.all([
        trx.selectFrom('rome_fiches').select(['code_rome as codeRome', 'label']).orderBy('code_rome').execute(),
        trx
          .selectFrom('rome_appellations')
          .select(['code_ogr as codeOgr', 'code_rome as codeRome', 'label', 'principal', 'rare'])
          .orderBy(sql`length(code_ogr), code_ogr`)
          .execute(),
        trx
          .selectFrom('rome_competences')
          .select(['code_ogr as codeOgr', 'label', 'kind', 'category'])
          .orderBy(sql`length(code_ogr), code_ogr`)
          .execute(),
        trx
          .selectFrom('rome_savoirs')
          .select(['code_ogr as codeOgr', 'label', 'category'])
          .orderBy(sql`length(code_ogr), code_ogr`)
          .execute(),
      ]);
      const value: CatalogueIndexes = {
        info,
        jobs: buildJobSearchIndex({ fiches, appellations }),
        skills: buildSkillSearchIndex({ competences, savoirs }),
      };
      return { stamp: `${info.version.number}@${info.importedAt}`, value };
    });
}

export function catalogueSource(db: Db): CatalogueSource<CatalogueIndexes> {
  return { readStamp: () => readStamp(db), load: () => loadIndexes(db) };
}

/** The search indexes of the stored catalogue, null when none is imported. */
export function catalogueIndexes(deps: Pick<Deps, 'db' | 'caches' | 'clock'>): Promise<CatalogueIndexes | null> {
  return deps.caches.catalogue.get(catalogueSource(deps.db), deps.clock.now().getTime());
}
