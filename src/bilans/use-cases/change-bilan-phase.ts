/**
 * The consultant moves a bilan to its next phase, or records its abandonment with a reason.
 * The domain's guards decide; a refusal names every unmet condition. The change, its history
 * line and its audit event are written in one transaction, under a row lock.
 */
import { checkTransition } from '../domain/phases.ts';
import { factsFrom } from '../domain/checklist-state.ts';
import type { TransitionInput } from '../contracts/schemas.ts';
import { AppError } from '../../shared/errors.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { auditContext } from '../../platform/deps.ts';
import { requireRole } from '../../platform/authorize.ts';
import { bilanChecklist } from '../data/bilan-checklist.ts';
import { lockBilan } from '../data/bilan-access.ts';
import { insertPhaseChange, readChecklistSubject, setBilanPhase } from '../data/bilan-repository.ts';
import { lockUpcomingSeances } from '../../seances/data/seance-repository.ts';
import { cancelPlannedSeance } from '../../seances/use-cases/cancel-planned-seance.ts';
import { issueCertificate } from '../../documents/use-cases/issue-certificate.ts';

export async function changeBilanPhase(
  deps: Deps,
  actor: Actor,
  bilanId: string,
  input: TransitionInput,
): Promise<{ phase: string }> {
  requireRole(actor, 'consultant');
  const now = deps.clock.now();
  const result = await deps.db.transaction().execute(async (trx) => {
    const reached = await lockBilan(trx, actor, bilanId, 'consultant');
    const bilan = await readChecklistSubject(trx, bilanId);
    const reason = input.reason?.trim() || undefined;
    const check = checkTransition(factsFrom(bilan.phase, await bilanChecklist(trx, bilan)), { to: input.to, reason });
    if (!check.allowed) throw new AppError('transition_refused', { details: { unmet: check.unmet } });

    await setBilanPhase(trx, bilanId, input.to, now, reason ?? null);
    await insertPhaseChange(trx, {
      bilanId,
      organisationId: actor.organisationId,
      from: bilan.phase,
      to: input.to,
      by: actor.userId,
      at: now,
      reason: reason ?? null,
    });
    await deps.audit.record(
      trx,
      auditContext(actor),
      {
        action: 'bilan.phase_changed',
        subjectType: 'bilan',
        subjectId: bilanId,
        details: { from: bilan.phase, to: input.to, ...(reason ? { reason } : {}) },
      },
      now,
    );
    if (input.to === 'cloture' || input.to === 'abandonne') {
      // Séances still to come are cancelled, with a calendar cancellation for the beneficiary.
      const forSeances = { ...reached, phase: input.to };
      const upcoming = await lockUpcomingSeances(trx, bilanId, now);
      const why =
        input.to === 'cloture'
          ? 'Le bilan est terminé : cette séance n’aura pas lieu.'
          : 'Le bilan est interrompu : cette séance n’aura pas lieu.';
      for (const seance of upcoming) await cancelPlannedSeance(trx, deps, actor, forSeances, seance, why, now);
      // Closure and abandonment produce the certificat de réalisation (decision 015).
      await issueCertificate(
        deps,
        trx,
        auditContext(actor),
        bilanId,
        input.to === 'cloture' ? 'completed' : 'abandoned',
        now,
      );
    }
    return { phase: input.to };
  });
  deps.emailsQueued();
  return result;
}
