/**
 * At start: when ROME_DIR is set and no catalogue is stored, imports the export it names; then
 * builds the search indexes and the suggestions' index so that the first request is fast. Without
 * a catalogue and without ROME_DIR, logs how to import one (the interface says it too). Never throws: the app works
 * without a catalogue.
 */
import { loadRomeExport } from '../data/rome-export/load-export.ts';
import { catalogueIndexes, readCatalogueInfo } from '../data/catalogue-repository.ts';
import type { Deps } from '../../platform/deps.ts';
import { importRomeCatalogue } from './import-rome-catalogue.ts';
import { suggestionIndex } from '../data/suggestion-index-repository.ts';

const IMPORT_HINT = 'npm run catalog:import -- <dossier de l’export ROME | URL https du zip>, ou ROME_DIR au démarrage';

export async function prepareCatalogue(
  deps: Pick<Deps, 'db' | 'clock' | 'log' | 'caches'>,
  romeDir: string | undefined,
): Promise<void> {
  try {
    const info = await readCatalogueInfo(deps.db);
    if (info.version === null) {
      if (!romeDir) {
        deps.log.warn(`Aucun catalogue ROME : la recherche de métiers est vide. Importez-le : ${IMPORT_HINT}.`);
        return;
      }
      deps.log.info({ source: romeDir }, 'Import du catalogue ROME depuis ROME_DIR');
      const started = performance.now();
      const catalog = await loadRomeExport(romeDir);
      await importRomeCatalogue(deps, catalog, romeDir);
      deps.log.info({ ms: Math.round(performance.now() - started) }, 'Catalogue ROME importé depuis ROME_DIR');
    }
    await catalogueIndexes(deps);
    await suggestionIndex(deps);
  } catch (error) {
    deps.log.error({ err: error }, `Catalogue ROME non importé : ${(error as Error).message}`);
  }
}
