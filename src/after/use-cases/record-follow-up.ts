/** The consultant records the follow-up interview once planned: held (with its outcome) or missed. */
import { parisDate } from '../../platform/clock.ts';
import { canRecordFollowUp, type FollowUpFacts } from '../domain/follow-up.ts';
import { parsePlainDate } from '../../shared/calendar/plain-date.ts';
import type { FollowUpRecord } from '../contracts/schemas.ts';
import { AppError } from '../../shared/errors.ts';
import { requireRole } from '../../platform/authorize.ts';
import { auditContext, type Actor, type Deps } from '../../platform/deps.ts';
import { pastOrTodayDate } from '../../platform/validation.ts';
import { lockBilan } from '../../bilans/data/bilan-access.ts';
import { lockFollowUp, setFollowUpOutcome } from '../data/follow-up-repository.ts';

export async function recordFollowUp(deps: Deps, actor: Actor, bilanId: string, input: FollowUpRecord): Promise<void> {
  requireRole(actor, 'consultant');
  const now = deps.clock.now();
  const today = parsePlainDate(parisDate(now));
  const heldOn = pastOrTodayDate(
    input.heldOn,
    'heldOn',
    today,
    'La date de l’entretien ne peut pas être dans le futur.',
  );
  await deps.db.transaction().execute(async (trx) => {
    await lockBilan(trx, actor, bilanId, 'consultant');
    const row = await lockFollowUp(trx, bilanId);
    const facts: FollowUpFacts | null = row
      ? { response: row.response, dueOn: row.due_on ? parsePlainDate(row.due_on) : null, outcome: row.outcome }
      : null;
    if (!facts || !canRecordFollowUp(facts, today)) {
      throw new AppError('follow_up_refused', {
        message: 'L’entretien de suivi s’enregistre une fois planifié, à partir de deux semaines avant sa date.',
      });
    }
    await setFollowUpOutcome(trx, bilanId, { outcome: input.outcome, held_on: heldOn, recorded_by: actor.userId }, now);
    await deps.audit.record(
      trx,
      auditContext(actor),
      { action: 'follow_up.recorded', subjectType: 'bilan', subjectId: bilanId, details: { outcome: input.outcome } },
      now,
    );
  });
}
