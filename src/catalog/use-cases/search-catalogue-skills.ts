/**
 * Searches the ROME catalogue's compétences and savoirs. Public (open data): no actor. Never
 * slow, never failing on odd input: the domain engine bounds the work per query; without a
 * catalogue the answer is empty.
 */
import { searchSkills } from '../domain/search/skill-search.ts';
import type { SearchResults, SkillSearchHit, SkillSearchQuery } from '../contracts/schemas.ts';
import { catalogueIndexes } from '../data/catalogue-repository.ts';
import type { Deps } from '../../platform/deps.ts';

export async function searchCatalogueSkills(
  deps: Pick<Deps, 'db' | 'caches' | 'clock'>,
  query: SkillSearchQuery,
): Promise<SearchResults<SkillSearchHit>> {
  if (query.q === '') return { results: [] };
  const indexes = await catalogueIndexes(deps);
  if (!indexes) return { results: [] };
  return { results: searchSkills(indexes.skills, query.q, { limit: query.limit, scope: query.scope }) };
}
