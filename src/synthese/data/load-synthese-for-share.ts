/**
 * THROWAWAY (sharing branch): stands in for the synthèse capability's own function, built on
 * another branch and replacing this file at merge. No synthèse is ever approved on this branch,
 * so there is nothing to share.
 */
import type { Db } from '../../platform/db/kysely.ts';
import type { SyntheseContent } from '../domain/content.ts';

export async function loadSyntheseForShare(
  _db: Db,
  _organisationId: string,
  _bilanId: string,
): Promise<SyntheseContent | null> {
  return Promise.resolve(null);
}
