/**
 * The consultant's home: the bilans assigned to them, open ones first by next séance.
 * Cached per consultant while nothing of the organisation changes (docs/decisions/008-read-cache.md).
 */
import type { ConsultantHome } from '../contracts/schemas.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { requireRole } from '../../platform/authorize.ts';
import { consultantHomeRows, toSummary, type SummaryRow } from '../data/bilan-summaries.ts';

/** Closed and abandoned bilans shown on the home (most recent first); older ones stay reachable by id. */
const CLOSED_SHOWN = 50;

/**
 * When the home must be recomputed even if nothing changes in the database: the next séance of a
 * bilan passes, or a pending invitation expires.
 */
function validUntil(home: ConsultantHome, rows: SummaryRow[], now: Date): number {
  let until = Number.POSITIVE_INFINITY;
  for (const row of rows) {
    if (row.next_seance_at) until = Math.min(until, new Date(row.next_seance_at).getTime());
    if (row.invitation_status === 'pending' && row.invitation_expires_at)
      until = Math.min(until, row.invitation_expires_at.getTime());
  }
  return until > now.getTime() ? until : now.getTime();
}

export async function getConsultantHome(deps: Deps, actor: Actor): Promise<ConsultantHome> {
  requireRole(actor, 'consultant');
  const now = deps.clock.now();
  const key = `home:${actor.userId}`;
  const cached = deps.caches.homes.get(key, now.getTime());
  if (cached) return cached;
  const tags = [`org:${actor.organisationId}`];
  const stamp = deps.caches.homes.stamp(tags);
  const { open, ended: closed } = await consultantHomeRows(
    deps.db,
    actor.organisationId,
    actor.userId,
    now,
    CLOSED_SHOWN,
  );
  const summaries = open.map((row) => toSummary(row, now));
  // Soonest séance first, then the bilans that need an action, then by creation.
  const rank = (s: (typeof summaries)[number]) =>
    s.nextStep.code === 'next_seance' ? Date.parse(s.nextStep.at) : Number.MAX_SAFE_INTEGER;
  summaries.sort((a, b) => rank(a) - rank(b));
  const home = { open: summaries, closed: closed.map((row) => toSummary(row, now)) };
  deps.caches.homes.set(key, home, tags, stamp, validUntil(home, [...open, ...closed], now), now.getTime());
  return home;
}
