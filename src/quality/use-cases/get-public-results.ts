/**
 * The results an organisation published, on its public page (no login; indicator 2): figures,
 * period, sample sizes and the day they were computed. Only when the page is online; otherwise 404.
 */
import { publishedOrganisation } from '../../intake/data/public-organisation.ts';
import type { Deps } from '../../platform/deps.ts';
import type { PublicResultsView } from '../contracts/schemas.ts';
import { latestPublishedResults } from '../data/results-repository.ts';

export async function getPublicResults(deps: Deps, slug: string): Promise<PublicResultsView> {
  const org = await publishedOrganisation(deps.db, slug);
  return { results: await latestPublishedResults(deps.db, org.id) };
}
