/**
 * A bilan's lifecycle for its beneficiary, its consultant and its organisation's admins (decision
 * 046): when its documents go (or went), the countdown, the retention agreements and the
 * destruction certificate's entries. No content. Before the sweep has written the schedule of an
 * ended bilan, it is computed the same way.
 */
import { retentionLimit } from '../../after/domain/after-bilan.ts';
import { isOpen } from '../../bilans/domain/phases.ts';
import { parisDate } from '../../platform/clock.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { parsePlainDate } from '../../shared/calendar/plain-date.ts';
import type { BilanLifecycleView } from '../contracts/schemas.ts';
import type { KeepableItem } from '../domain/registry.ts';
import { isRunning } from '../domain/retention.ts';
import { daysBeforeDestruction, destructionSchedule } from '../domain/schedule.ts';
import { listAgreements } from '../data/agreement-repository.ts';
import { listCertificates, readSchedule } from '../data/destruction-repository.ts';
import { reachLifecycle } from '../data/lifecycle-access.ts';

export async function getBilanLifecycle(deps: Deps, actor: Actor, bilanId: string): Promise<BilanLifecycleView> {
  const bilan = await reachLifecycle(deps.db, actor, bilanId);
  const today = parsePlainDate(parisDate(deps.clock.now()));
  const ended = !isOpen(bilan.phase);
  const [stored, agreements, certificates] = await Promise.all([
    readSchedule(deps.db, bilan.organisation_id, bilan.id),
    listAgreements(deps.db, bilan.organisation_id, bilan.id),
    listCertificates(deps.db, bilan.organisation_id, bilan.id),
  ]);
  const endedOn = ended ? parsePlainDate(parisDate(bilan.phase_changed_at)) : null;
  const dueOn = stored ? parsePlainDate(stored.due_on) : endedOn ? destructionSchedule(endedOn).dueOn : null;
  return {
    bilanId: bilan.id,
    ended,
    schedule:
      endedOn && dueOn
        ? {
            endedOn,
            dueOn,
            daysLeft: daysBeforeDestruction(today, dueOn),
            destroyedAt: stored?.destroyed_at ? stored.destroyed_at.toISOString() : null,
          }
        : null,
    retentionLimit: endedOn ? retentionLimit(endedOn) : null,
    agreements: agreements.map((a) => ({
      id: a.id,
      purpose: a.purpose,
      items: a.items as KeepableItem[],
      expiresOn: a.expires_on,
      signedName: a.signed_name,
      signedAt: a.signed_at.toISOString(),
      withdrawnAt: a.withdrawn_at ? a.withdrawn_at.toISOString() : null,
      endedAt: a.ended_at ? a.ended_at.toISOString() : null,
      running: a.ended_at === null && isRunning(a, today),
    })),
    certificates: certificates.map((c) => ({
      id: c.id,
      reason: c.reason,
      destroyedAt: c.destroyed_at.toISOString(),
      destroyedOn: c.destroyed_on,
      backupsGoneOn: c.backups_gone_on,
      categories: c.categories,
      keptItems: c.kept_items as KeepableItem[],
      keptUntil: c.kept_until,
    })),
    canAgree: actor.role === 'beneficiary' && ended,
  };
}
