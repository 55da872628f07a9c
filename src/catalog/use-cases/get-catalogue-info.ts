/**
 * The catalogue's state: the ROME release installed, when it was imported, and how much it
 * holds (an empty state tells the interface to explain how to import one).
 */
import type { CatalogueInfo } from '../contracts/schemas.ts';
import { readCatalogueInfo } from '../data/catalogue-repository.ts';
import type { Deps } from '../../platform/deps.ts';

export function getCatalogueInfo(deps: Pick<Deps, 'db'>): Promise<CatalogueInfo> {
  return readCatalogueInfo(deps.db);
}
