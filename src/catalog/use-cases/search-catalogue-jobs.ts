/**
 * Searches the ROME catalogue's jobs (one result per fiche). Public (open data): no actor. Never
 * slow, never failing on odd input: the domain engine bounds the work per query; without a
 * catalogue the answer is empty.
 */
import { searchJobs } from '../domain/search/job-search.ts';
import type { CatalogSearchQuery, JobSearchHit, SearchResults } from '../contracts/schemas.ts';
import { catalogueIndexes } from '../data/catalogue-repository.ts';
import type { Deps } from '../../platform/deps.ts';

export async function searchCatalogueJobs(
  deps: Pick<Deps, 'db' | 'caches' | 'clock'>,
  query: CatalogSearchQuery,
): Promise<SearchResults<JobSearchHit>> {
  if (query.q === '') return { results: [] };
  const indexes = await catalogueIndexes(deps);
  if (!indexes) return { results: [] };
  return { results: searchJobs(indexes.jobs, query.q, { limit: query.limit }) };
}
