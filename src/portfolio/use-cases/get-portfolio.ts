/**
 * The bilan's portfolio, for its beneficiary and its consultant, in one answer: experiences with
 * the competences they prove, competences, domains and comments, each with who last changed it
 * and when. Readable after the bilan has ended (`editable` is then false). Nobody else reads it
 * (admins 403, others 404).
 */
import { readBilan } from '../../bilans/data/bilan-access.ts';
import { isOpen } from '../../bilans/domain/phases.ts';
import { requireRole } from '../../platform/authorize.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import type { PortfolioView } from '../contracts/schemas.ts';
import { readPortfolioLists } from '../data/portfolio-read.ts';

export async function getPortfolio(deps: Deps, actor: Actor, bilanId: string): Promise<PortfolioView> {
  requireRole(actor, 'consultant', 'beneficiary');
  const bilan = await readBilan(deps.db, actor, bilanId, 'either');
  const lists = await readPortfolioLists(deps.db, actor.organisationId, bilan.id);
  return { bilanId: bilan.id, editable: isOpen(bilan.phase), ...lists };
}
