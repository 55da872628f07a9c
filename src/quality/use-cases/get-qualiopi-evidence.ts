/**
 * The admin's « Qualiopi : preuves » over a period (default: the twelve months up to today): per
 * indicator applicable to bilans, what Sillage holds, what is missing and what is kept outside
 * (domain/evidence.ts), from one read of counts; and the results on the public page, stale after
 * twelve months. Counts and dates only: no bilan's content, no name.
 */
import { requireRole } from '../../platform/authorize.ts';
import { parisDate } from '../../platform/clock.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import type { EvidencePeriod, EvidenceView } from '../contracts/schemas.ts';
import { readEvidenceFacts } from '../data/evidence-facts.ts';
import { latestPublishedResults } from '../data/results-repository.ts';
import { qualiopiEvidence } from '../domain/evidence.ts';
import { lastTwelveMonths, resultsAreStale } from '../domain/results.ts';

export async function getQualiopiEvidence(deps: Deps, actor: Actor, query: EvidencePeriod): Promise<EvidenceView> {
  requireRole(actor, 'admin');
  const today = parisDate(deps.clock.now());
  const fallback = lastTwelveMonths(today);
  const period = { from: query.from ?? fallback.from, to: query.to ?? fallback.to };
  if (period.from > period.to) period.from = period.to;
  const [facts, results] = await Promise.all([
    readEvidenceFacts(deps.db, actor.organisationId, period, today),
    latestPublishedResults(deps.db, actor.organisationId),
  ]);
  return {
    ...period,
    indicators: qualiopiEvidence(facts, today),
    results,
    resultsStale: results !== null && resultsAreStale(results.computedOn, today),
  };
}
