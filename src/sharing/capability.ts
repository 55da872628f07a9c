/**
 * Sharing with consent (issue 14, item 5, decision 045): the beneficiary alone shares the
 * document de synthèse and/or the detailed results with a named recipient, through a single-use
 * link, until a day they choose, revocable at any time.
 */
import type { Capability } from '../platform/capability.ts';
import { resultatsSource } from './data/documents/resultats-source.ts';
import type { ShareSources } from './data/documents/source.ts';
import { syntheseSource } from './data/documents/synthese-source.ts';
import { sharingRoutes } from './http/routes.ts';

/** The documents a beneficiary can share, one source each. */
export const SHARE_SOURCES: ShareSources = { synthese: syntheseSource, resultats: resultatsSource };

export const sharing: Capability = {
  name: 'sharing',
  routes: sharingRoutes(SHARE_SOURCES),
};
