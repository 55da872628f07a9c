/**
 * The bilan's portfolio, for its beneficiary and its consultant, in one answer: experiences with
 * the competences they prove, competences, domains and comments, each with who last changed it
 * and when. Readable after the bilan has ended (`editable` is then false). Nobody else reads it
 * (admins 403, others 404): who asks is checked on every request, before the view's cache (that
 * check itself kept per person and bilan until the organisation changes). The view is
 * cached per bilan while nothing of the organisation changes (decision 008: the portfolio's
 * tables notify their organisation; a write in this process drops it before answering). The
 * consultant's read of a portfolio with something in it is audited, from the cache too
 * (`content.read`, decision 049).
 */
import { readBilanCached } from '../../bilans/data/bilan-access.ts';
import { isOpen } from '../../bilans/domain/phases.ts';
import { requireRole } from '../../platform/authorize.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import type { PortfolioView } from '../contracts/schemas.ts';
import { readPortfolioLists } from '../data/portfolio-read.ts';

export async function getPortfolio(deps: Deps, actor: Actor, bilanId: string): Promise<PortfolioView> {
  requireRole(actor, 'consultant', 'beneficiary');
  const now = deps.clock.now().getTime();
  // Who asks is checked on every request; the answer to that check is kept like the view.
  const bilan = await readBilanCached(deps.db, deps.caches.reachedBilans, actor, bilanId, 'either', now);
  const editable = isOpen(bilan.phase);
  const view = await portfolioView(deps, actor.organisationId, bilan.id, editable, now);
  if (view.experiences.length > 0 || view.competences.length > 0)
    await deps.audit.recordRead(
      deps.db,
      actor,
      { bilanId: bilan.id, category: 'portfolio', subjectType: 'bilan', subjectId: bilan.id },
      new Date(now),
    );
  return view;
}

async function portfolioView(
  deps: Deps,
  organisationId: string,
  bilanId: string,
  editable: boolean,
  now: number,
): Promise<PortfolioView> {
  const key = `portfolio:${bilanId}`;
  const cached = deps.caches.portfolios.get(key, now);
  if (cached && cached.editable === editable) return cached;
  const tags = [`org:${organisationId}`];
  const stamp = deps.caches.portfolios.stamp(tags);
  const lists = await readPortfolioLists(deps.db, organisationId, bilanId);
  const view = { bilanId, editable, ...lists };
  deps.caches.portfolios.set(key, view, tags, stamp, Number.POSITIVE_INFINITY, now);
  return view;
}
