/**
 * The admin publishes the organisation's results on its public page (indicator 2, legal.md Q-03):
 * the indicators `after` computes over the period (`getOrganisationIndicators`), reduced to the
 * public figures (no comments), stored with the day they were computed. Audited.
 */
import { getOrganisationIndicators } from '../../after/use-cases/get-organisation-indicators.ts';
import { requireRole } from '../../platform/authorize.ts';
import { auditContext, type Actor, type Deps } from '../../platform/deps.ts';
import type { PublishedResultsView, PublishResults } from '../contracts/schemas.ts';
import { insertPublishedResults, latestPublishedResults } from '../data/results-repository.ts';
import { publishedFigures } from '../domain/results.ts';

export async function publishResults(
  deps: Deps,
  actor: Actor,
  period: PublishResults,
): Promise<{ results: PublishedResultsView }> {
  requireRole(actor, 'admin');
  const now = deps.clock.now();
  const indicators = await getOrganisationIndicators(deps, actor, period);
  const figures = publishedFigures(indicators);
  return deps.db.transaction().execute(async (trx) => {
    const id = await insertPublishedResults(trx, {
      organisationId: actor.organisationId,
      from: period.from,
      to: period.to,
      figures,
      by: actor.userId,
      now,
    });
    await deps.audit.record(
      trx,
      auditContext(actor),
      {
        action: 'quality.results_published',
        subjectType: 'quality_published_results',
        subjectId: id,
        details: { from: period.from, to: period.to },
      },
      now,
    );
    return { results: (await latestPublishedResults(trx, actor.organisationId))! };
  });
}
