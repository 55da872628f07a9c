/**
 * The destruction at the end of the bilan (R6313-7, legal.md BC-11, decision 046), as one sweep
 * with `now` passed in, idempotent and resumable, in batches:
 * 1. each ended bilan gets its schedule (the end plus `destruction.graceDays`, and never less than
 *    `destruction.warningDaysBefore` days after the sweep first sees it: no destruction without warning);
 * 2. its beneficiary is warned by e-mail at the end and `destruction.warningDaysBefore` days before;
 * 3. once due, its content goes in one transaction per bilan, except the items a running retention
 *    agreement keeps, with a certificate entry and an audit event;
 * 4. kept items go once their agreement expires or is withdrawn, with a second certificate entry.
 * Every step claims its row (locked, skipped when another process holds it) and records what it
 * did in the same transaction as the e-mail or the destruction: running it twice changes nothing.
 */
import { parisDate } from '../../platform/clock.ts';
import type { Deps } from '../../platform/deps.ts';
import { parsePlainDate } from '../../shared/calendar/plain-date.ts';
import { listEndedBilansWithoutSchedule } from '../../bilans/data/ended-bilans.ts';
import { daysBeforeDestruction, firstSchedule, nextDestructionSteps } from '../domain/schedule.ts';
import { itemsToDestroy, retentionState } from '../domain/retention.ts';
import { destructionWarningEmail } from '../domain/emails.ts';
import {
  insertSchedules,
  listSchedulesWithWork,
  lockPendingSchedule,
  markSchedule,
} from '../data/destruction-repository.ts';
import { listBilansWithAgreementsToEnd, lockUnendedAgreements, markEnded } from '../data/agreement-repository.ts';
import { destroyAndCertify } from '../data/content-destruction.ts';

export interface DestructionSweepResult {
  scheduled: number;
  warned: number;
  destroyed: number;
  retentionsEnded: number;
}

const FIRST_ID = '00000000-0000-0000-0000-000000000000';

export async function sweepBilanDestruction(
  deps: Deps,
  now: Date,
  options: { batchSize?: number } = {},
): Promise<DestructionSweepResult> {
  const batchSize = options.batchSize ?? 200;
  const today = parsePlainDate(parisDate(now));
  const result: DestructionSweepResult = { scheduled: 0, warned: 0, destroyed: 0, retentionsEnded: 0 };

  // 1. Schedules of newly ended bilans.
  for (let after = FIRST_ID; ;) {
    const ended = await listEndedBilansWithoutSchedule(deps.db, after, batchSize);
    const rows = ended.map((bilan) => {
      const schedule = firstSchedule(parsePlainDate(parisDate(bilan.phase_changed_at)), today);
      return {
        bilan_id: bilan.id,
        organisation_id: bilan.organisation_id,
        ended_on: schedule.endedOn,
        due_on: schedule.dueOn,
        warn_on: schedule.warnOn,
      };
    });
    result.scheduled += await insertSchedules(deps.db, rows, now);
    if (ended.length < batchSize) break;
    after = ended[ended.length - 1]!.id;
  }

  // 2 and 3. Warnings and destructions, one transaction per bilan.
  for (let after = FIRST_ID; ;) {
    const batch = await listSchedulesWithWork(deps.db, today, after, batchSize);
    for (const { bilan_id } of batch) {
      const done = await deps.db.transaction().execute(async (trx) => {
        const row = await lockPendingSchedule(trx, bilan_id);
        if (!row) return { warned: 0, destroyed: 0 };
        const schedule = {
          endedOn: parsePlainDate(row.ended_on),
          dueOn: parsePlainDate(row.due_on),
          warnOn: parsePlainDate(row.warn_on),
        };
        const steps = nextDestructionSteps(
          schedule,
          { endWarned: row.end_warned_at !== null, beforeWarned: row.before_warned_at !== null, destroyed: false },
          today,
        );
        let warned = 0;
        if (steps.includes('warn_end') || steps.includes('warn_before')) {
          const atEnd = steps.includes('warn_end');
          if (!steps.includes('destroy')) {
            const message = destructionWarningEmail({
              firstName: row.first_name,
              organisationName: row.organisation_name,
              dueOn: schedule.dueOn,
              daysLeft: daysBeforeDestruction(today, schedule.dueOn),
              atEnd,
              url: `${deps.publicUrl}/mon-bilan/mes-donnees`,
            });
            await deps.outbox.enqueue(
              trx,
              { organisationId: row.organisation_id, kind: 'destruction_warning', to: row.email, message },
              now,
            );
            warned = 1;
          }
          // A late end warning stands for the before-warning too.
          await markSchedule(
            trx,
            bilan_id,
            atEnd && today < schedule.warnOn ? { end_warned_at: now } : { end_warned_at: now, before_warned_at: now },
          );
        }
        if (!steps.includes('destroy')) return { warned, destroyed: 0 };
        const scope = { bilanId: bilan_id, organisationId: row.organisation_id };
        const agreements = await lockUnendedAgreements(trx, row.organisation_id, bilan_id);
        const state = retentionState(agreements, today);
        await destroyAndCertify(trx, deps, {
          scope,
          items: itemsToDestroy(state.kept),
          withUnkept: true,
          reason: 'fin_du_bilan',
          keptItems: [...state.kept],
          keptUntil: state.keptUntil,
          now,
          actor: null,
        });
        await markEnded(trx, state.ending, now);
        await markSchedule(trx, bilan_id, { destroyed_at: now });
        return { warned, destroyed: 1 };
      });
      result.warned += done.warned;
      result.destroyed += done.destroyed;
    }
    if (batch.length < batchSize) break;
    after = batch[batch.length - 1]!.bilan_id;
  }

  // 4. Kept items whose agreement expired or was withdrawn.
  for (let after = FIRST_ID; ;) {
    const batch = await listBilansWithAgreementsToEnd(deps.db, today, after, batchSize);
    for (const { bilan_id, organisation_id } of batch) {
      result.retentionsEnded += await deps.db.transaction().execute(async (trx) => {
        const agreements = await lockUnendedAgreements(trx, organisation_id, bilan_id);
        const state = retentionState(agreements, today);
        if (state.ending.length === 0) return 0;
        if (state.released.size > 0) {
          await destroyAndCertify(trx, deps, {
            scope: { bilanId: bilan_id, organisationId: organisation_id },
            items: state.released,
            withUnkept: false,
            reason: 'fin_de_conservation',
            keptItems: [...state.kept],
            keptUntil: state.keptUntil,
            now,
            actor: null,
          });
        }
        await markEnded(trx, state.ending, now);
        return state.ending.length;
      });
    }
    if (batch.length < batchSize) break;
    after = batch[batch.length - 1]!.bilan_id;
  }
  return result;
}
