/**
 * What follows the bilan, as seen by its consultant or its beneficiary: the follow-up
 * interview, the evaluations sent (never their answers), the EDOF declarations (consultant only).
 */
import { parisDate } from '../../platform/clock.ts';
import { canRecordFollowUp, followUpReminderOn, followUpState, type FollowUpFacts } from '../domain/follow-up.ts';
import { parsePlainDate } from '../../shared/calendar/plain-date.ts';
import { edofDeclarationStatus } from '../../financing/domain/cpf-calendar.ts';
import type { AfterBilanView } from '../contracts/schemas.ts';
import { requireRole } from '../../platform/authorize.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { readBilan } from '../../bilans/data/bilan-access.ts';
import { findFollowUp } from '../data/follow-up-repository.ts';
import { listBilanEvaluations } from '../data/evaluation-repository.ts';
import { listBilanEdof } from '../data/edof-repository.ts';

export async function getAfterBilan(deps: Deps, actor: Actor, bilanId: string): Promise<AfterBilanView> {
  requireRole(actor, 'consultant', 'beneficiary');
  const today = parsePlainDate(parisDate(deps.clock.now()));
  return deps.db.transaction().execute(async (trx) => {
    const bilan = await readBilan(trx, actor, bilanId, 'either');
    const [followUp, evaluations, edof] = await Promise.all([
      findFollowUp(trx, bilanId),
      listBilanEvaluations(trx, bilanId),
      actor.role === 'consultant' ? listBilanEdof(trx, bilanId) : Promise.resolve([]),
    ]);
    const facts: FollowUpFacts | null = followUp
      ? {
          response: followUp.response,
          dueOn: followUp.due_on ? parsePlainDate(followUp.due_on) : null,
          outcome: followUp.outcome,
        }
      : null;
    const isConsultant = actor.role === 'consultant';
    return {
      followUp:
        followUp && facts
          ? {
              state: followUpState(facts),
              offeredAt: followUp.offered_at.toISOString(),
              dueOn: facts.dueOn,
              reminderOn: facts.dueOn ? followUpReminderOn(facts.dueOn) : null,
              outcome: followUp.outcome,
              heldOn: followUp.held_on,
              canRecord: isConsultant && canRecordFollowUp(facts, today),
            }
          : null,
      canOfferFollowUp: isConsultant && !followUp && bilan.phase === 'conclusion',
      evaluations: evaluations.map((e) => ({
        kind: e.kind,
        sentAt: e.sent_at.toISOString(),
        answered: e.answered_at !== null,
        expiresOn: e.expires_on,
        canResend: isConsultant && e.answered_at === null,
      })),
      canSendHotEvaluation:
        isConsultant && !evaluations.some((e) => e.kind === 'chaud') && bilan.phase === 'conclusion',
      edof: edof.map((d) => {
        const status = edofDeclarationStatus(
          {
            kind: d.kind,
            eventOn: parsePlainDate(d.event_on),
            declaredOn: d.declared_on ? parsePlainDate(d.declared_on) : null,
          },
          today,
        );
        return {
          kind: d.kind,
          eventOn: d.event_on,
          deadline: status.deadline,
          state: status.state,
          declaredOn: d.declared_on,
        };
      }),
    };
  });
}
