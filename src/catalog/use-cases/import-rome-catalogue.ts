/**
 * Imports a ROME 4.0 release (already read and validated from the official export, see
 * src/catalog/data/rome-export/load-export.ts) into the database, in ONE transaction: the same release again
 * changes nothing; a newer one replaces every catalogue row atomically (readers see the previous
 * catalogue until the commit); an older one is refused. Then this process's search indexes are
 * rebuilt; other processes notice the new stamp within seconds.
 */
import type { RomeCatalog } from '../domain/model.ts';
import { AppError } from '../../shared/errors.ts';
import { catalogueSource } from '../data/catalogue-repository.ts';
import { lockCatalogueImports, readInstalledVersion, replaceCatalogue } from '../data/catalogue-import-repository.ts';
import type { Deps } from '../../platform/deps.ts';

export interface ImportRomeResult {
  status: 'imported' | 'unchanged';
  version: number;
  previousVersion: number | null;
  counts: Record<string, number>;
}

function catalogueCounts(catalog: RomeCatalog): Record<string, number> {
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
    await lockCatalogueImports(trx);
    const previousVersion = await readInstalledVersion(trx);
    if (previousVersion === version) return { status: 'unchanged' as const, version, previousVersion, counts };
    if (previousVersion !== null && previousVersion > version) {
      throw new AppError('catalogue_older_version', {
        message: `La version ${version} du ROME est plus ancienne que la version ${previousVersion} déjà installée : le catalogue n’a pas été modifié.`,
      });
    }
    await replaceCatalogue(trx, catalog, { now, source, counts });
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
