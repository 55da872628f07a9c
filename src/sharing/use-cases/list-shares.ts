/**
 * The beneficiary's shares of their bilan (decision 045): each with its status and every opening
 * and download, and the documents that can be shared today. Shares are the beneficiary's alone:
 * their consultant and admins get 403 (they see the audit log's events, never this list).
 */
import { readBilan } from '../../bilans/data/bilan-access.ts';
import { requireRole } from '../../platform/authorize.ts';
import { parisDate } from '../../platform/clock.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { parsePlainDate } from '../../shared/calendar/plain-date.ts';
import { SHARED_DOCUMENTS, type SharesView } from '../contracts/schemas.ts';
import type { ShareSources } from '../data/documents/source.ts';
import { listShares as readShares } from '../data/share-repository.ts';
import { shareView } from '../data/share-views.ts';
import { lastDayRange } from '../domain/rules.ts';

export async function listShares(
  deps: Deps,
  sources: ShareSources,
  actor: Actor,
  bilanId: string,
): Promise<SharesView> {
  requireRole(actor, 'beneficiary');
  const now = deps.clock.now();
  const bilan = await readBilan(deps.db, actor, bilanId, 'beneficiary');
  const [rows, available] = await Promise.all([
    readShares(deps.db, bilan.organisation_id, bilan.id),
    Promise.all(
      SHARED_DOCUMENTS.map(async (document) => ({
        document,
        label: sources[document].label,
        available: await sources[document].available(deps.db, bilan.organisation_id, bilan.id),
      })),
    ),
  ]);
  const today = parsePlainDate(parisDate(now));
  const range = lastDayRange(today);
  return {
    shares: rows.map((row) => shareView(row, now)),
    available,
    today,
    latestLastDay: range.latest,
    defaultLastDay: range.proposed,
  };
}
