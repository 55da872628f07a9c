/**
 * The destruction of a bilan's portfolio at the end (decision 046): experiences, domains,
 * competences, their evidence, comments and rejected proposals. Children go first.
 */
import type { Trx } from '../../platform/db/kysely.ts';

export async function destroyPortfolio(
  trx: Trx,
  scope: { bilanId: string; organisationId: string },
): Promise<{ items: number; comments: number }> {
  const del = async (
    table:
      | 'portfolio_comments'
      | 'portfolio_evidence'
      | 'portfolio_competences'
      | 'portfolio_domains'
      | 'portfolio_experiences'
      | 'portfolio_rejected_proposals',
  ) => {
    const result = await trx
      .deleteFrom(table)
      .where('bilan_id', '=', scope.bilanId)
      .where('organisation_id', '=', scope.organisationId)
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  };
  const comments = await del('portfolio_comments');
  let items = await del('portfolio_evidence');
  items += await del('portfolio_competences');
  items += await del('portfolio_domains');
  items += await del('portfolio_experiences');
  items += await del('portfolio_rejected_proposals');
  return { items, comments };
}
