/**
 * Searches the ROME catalogue: jobs (one result per fiche) and compétences / savoirs. Public
 * (open data): no actor. Never slow, never failing on odd input: the domain engine bounds the
 * work per query; without a catalogue the answer is empty.
 */
import { searchJobs } from '../domain/search/job-search.ts';
import { searchSkills } from '../domain/search/skill-search.ts';
import type {
  CatalogSearchQuery,
  JobSearchHit,
  SearchResults,
  SkillSearchHit,
  SkillSearchQuery,
} from '../contracts/schemas.ts';
import { catalogueIndexes } from './catalogue-store.ts';
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

export async function searchCatalogueSkills(
  deps: Pick<Deps, 'db' | 'caches' | 'clock'>,
  query: SkillSearchQuery,
): Promise<SearchResults<SkillSearchHit>> {
  if (query.q === '') return { results: [] };
  const indexes = await catalogueIndexes(deps);
  if (!indexes) return { results: [] };
  return { results: searchSkills(indexes.skills, query.q, { limit: query.limit, scope: query.scope }) };
}
