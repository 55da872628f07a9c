/**
 * The consultant records that a planned séance took place, with its actual times (never in the
 * future, never beyond the bilan's maximum accompaniment); the counters follow. A séance after the
 * phase préliminaire is held only with the beneficiary's consent (L6313-4).
 */
import { localInstant, toParisLocal } from '../../platform/clock.ts';
import { existsInParis, missingParisTimeMessage } from '../../shared/calendar/paris-time.ts';
import { parameterAt } from '../../shared/parameters/lookup.ts';
import { plannedAndHeldAccompanimentMinutes } from '../domain/plan.ts';
import { formatMinutes } from '../../shared/duration.ts';
import type { MarkHeld } from '../contracts/schemas.ts';
import { AppError } from '../../shared/errors.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { auditContext } from '../../platform/deps.ts';
import { requireRole } from '../../platform/authorize.ts';
import { listSeanceRows, lockSeance, seanceFromRow, updateSeance } from '../data/seance-repository.ts';
import { recomputeBilanCounters } from '../data/bilan-counters.ts';
import { hasConsent } from '../../bilans/data/consent-repository.ts';
import { holdingNeedsConsent } from '../domain/attendance.ts';

const notChangeable = (message: string) => new AppError('seance_not_changeable', { message });

export async function markSeanceHeld(deps: Deps, actor: Actor, seanceId: string, input: MarkHeld): Promise<void> {
  requireRole(actor, 'consultant');
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const { bilan, seance } = await lockSeance(trx, actor, seanceId, 'consultant');
    if (seance.status !== 'planned')
      throw notChangeable('Seule une séance planifiée peut être marquée comme réalisée.');
    if (seance.starts_at.getTime() > now.getTime())
      throw notChangeable('Une séance ne peut être marquée comme réalisée qu’une fois commencée.');
    if (holdingNeedsConsent(seance.phase) && !(await hasConsent(trx, bilan.id))) throw new AppError('consent_required');
    const day = toParisLocal(seance.starts_at).slice(0, 10);
    for (const [field, what] of [
      ['actualStart', 'début'],
      ['actualEnd', 'fin'],
    ] as const) {
      if (!existsInParis(day, input[field]))
        throw new AppError('validation_failed', { fields: { [field]: missingParisTimeMessage(what) } });
    }
    const actualStart = localInstant(day, input.actualStart);
    const actualEnd = localInstant(day, input.actualEnd);
    if (actualEnd.getTime() <= actualStart.getTime()) {
      throw new AppError('validation_failed', {
        fields: { actualEnd: 'L’heure de fin doit être après l’heure de début.' },
      });
    }
    if (actualStart.getTime() > now.getTime() || actualEnd.getTime() > now.getTime() + 5 * 60_000) {
      throw new AppError('validation_failed', {
        fields: { actualEnd: 'Les horaires réels ne peuvent pas être dans le futur.' },
      });
    }
    if (seance.mode !== 'personal_work') {
      const rows = await listSeanceRows(trx, { bilanId: bilan.id });
      const max = parameterAt('bilan.maxAccompanimentMinutes', bilan.referenceDate);
      const total =
        plannedAndHeldAccompanimentMinutes(rows.map(seanceFromRow), seance.id) +
        Math.round((actualEnd.getTime() - actualStart.getTime()) / 60_000);
      if (total > max) {
        throw new AppError('validation_failed', {
          fields: {
            actualEnd: `Ces horaires porteraient l’accompagnement du bilan à ${formatMinutes(total)}, au-delà du maximum de ${formatMinutes(max)}.`,
          },
        });
      }
    }
    await updateSeance(trx, seance.id, {
      status: 'held',
      actual_start_at: actualStart,
      actual_end_at: actualEnd,
      updated_at: now,
    });
    await recomputeBilanCounters(trx, bilan.id);
    await deps.audit.record(
      trx,
      auditContext(actor),
      {
        action: 'seance.held',
        subjectType: 'seance',
        subjectId: seance.id,
        bilanId: bilan.id,
        details: { actualStart: actualStart.toISOString(), actualEnd: actualEnd.toISOString() },
      },
      now,
    );
  });
}
