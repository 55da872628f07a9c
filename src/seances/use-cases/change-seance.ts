/**
 * The consultant moves or cancels a planned séance (with a reason, and a calendar update for the
 * beneficiary), or records what happened: held (with its actual times) or a no-show.
 * The bilan's counters are recomputed in the same transaction.
 */
import { toParisLocal } from '../../platform/clock.ts';
import { addMs } from '../../accounts/domain/policies.ts';
import { seanceCancelledEmail, seanceRescheduledEmail } from '../domain/emails.ts';
import type { LocalDateTime } from '../../shared/calendar/local-date-time.ts';
import { parameterAt } from '../../shared/parameters/lookup.ts';
import { checkSessionPlan, plannedAndHeldAccompanimentMinutes } from '../domain/plan.ts';
import { formatMinutes } from '../../shared/labels.ts';
import type { MarkHeld, RescheduleSeance } from '../contracts/schemas.ts';
import { AppError } from '../../shared/errors.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { auditContext } from '../../platform/deps.ts';
import { requireRole } from '../../platform/authorize.ts';
import { PLAN_FIELDS } from './plan-seance.ts';
import {
  emailSeance,
  loadSeanceRows,
  lockConsultantAgenda,
  lockSeance,
  recomputeCounters,
  toDomainSeance,
  type BilanForSeances,
} from './seance-store.ts';
import { assertCpfStartAllowed } from '../../financing/use-cases/financing.ts';
import type { Trx } from '../../platform/db/kysely.ts';
import { ruleErrors } from '../../shared/rules/rule-errors.ts';
import { localInstant } from '../../platform/clock.ts';

const DAY = 24 * 60 * 60_000;

function notChangeable(message: string): AppError {
  return new AppError('seance_not_changeable', { message });
}

export async function rescheduleSeance(
  deps: Deps,
  actor: Actor,
  seanceId: string,
  input: RescheduleSeance,
): Promise<void> {
  requireRole(actor, 'consultant');
  const now = deps.clock.now();
  const startsAt = localInstant(input.date, input.start);
  const endsAt = localInstant(input.date, input.end);
  await deps.db.transaction().execute(async (trx) => {
    const { bilan, seance } = await lockSeance(trx, actor, seanceId, 'consultant');
    if (seance.status !== 'planned') throw notChangeable('Seule une séance encore planifiée peut être déplacée.');
    await lockConsultantAgenda(trx, actor.userId);
    const [bilanRows, agendaRows] = await Promise.all([
      loadSeanceRows(trx, { bilanId: bilan.id }),
      loadSeanceRows(trx, { consultantId: actor.userId, from: addMs(startsAt, -DAY), to: addMs(endsAt, DAY) }),
    ]);
    const report = checkSessionPlan({
      candidate: {
        id: seance.id,
        consultantId: actor.userId,
        phase: seance.phase,
        mode: seance.mode,
        start: `${input.date}T${input.start}` as LocalDateTime,
        end: `${input.date}T${input.end}` as LocalDateTime,
      },
      bilanSessions: bilanRows.map(toDomainSeance),
      consultantSessions: agendaRows.map(toDomainSeance),
      now: toParisLocal(now) as LocalDateTime,
      referenceDate: bilan.referenceDate,
    });
    if (!report.ok)
      throw ruleErrors(
        report.issues.filter((i) => i.severity === 'error'),
        PLAN_FIELDS,
      );
    await assertCpfStartAllowed(trx, bilan.id, input.date);
    const updated = await trx
      .updateTable('seances')
      .set({
        starts_at: startsAt,
        ends_at: endsAt,
        status_reason: input.reason,
        calendar_sequence: seance.calendar_sequence + 1,
        reminder_sent_at: null,
        updated_at: now,
      })
      .where('id', '=', seance.id)
      .returning(['id', 'starts_at', 'ends_at', 'mode', 'place', 'link', 'calendar_sequence'])
      .executeTakeFirstOrThrow();
    await deps.audit.record(
      trx,
      auditContext(actor),
      {
        action: 'seance.rescheduled',
        subjectType: 'seance',
        subjectId: seance.id,
        bilanId: bilan.id,
        details: { from: seance.starts_at.toISOString(), to: startsAt.toISOString(), reason: input.reason },
      },
      now,
    );
    if (seance.mode !== 'personal_work') {
      await emailSeance(
        trx,
        deps,
        { seance: updated, bilan, method: 'REQUEST', kind: 'seance_rescheduled' },
        (facts) =>
          seanceRescheduledEmail({
            ...facts,
            previousStartsAt: seance.starts_at,
            previousEndsAt: seance.ends_at,
            reason: input.reason,
          }),
        now,
      );
    }
  });
  deps.emailsQueued();
}

export async function cancelSeance(deps: Deps, actor: Actor, seanceId: string, reason: string): Promise<void> {
  requireRole(actor, 'consultant');
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const { bilan, seance } = await lockSeance(trx, actor, seanceId, 'consultant');
    if (seance.status !== 'planned') throw notChangeable('Seule une séance encore planifiée peut être annulée.');
    await cancelPlannedSeance(trx, deps, actor, bilan, seance, reason, now);
  });
  deps.emailsQueued();
}

/**
 * Cancels a planned séance (locked by the caller) with its reason: counters, audit, and the
 * calendar cancellation e-mailed to the beneficiary. Also used when a bilan ends.
 */
export async function cancelPlannedSeance(
  trx: Trx,
  deps: Deps,
  actor: Actor,
  bilan: BilanForSeances,
  seance: { id: string; mode: 'in_person' | 'remote' | 'personal_work'; calendar_sequence: number },
  reason: string,
  now: Date,
): Promise<void> {
  const updated = await trx
    .updateTable('seances')
    .set({
      status: 'cancelled',
      status_reason: reason,
      calendar_sequence: seance.calendar_sequence + 1,
      updated_at: now,
    })
    .where('id', '=', seance.id)
    .returning(['id', 'starts_at', 'ends_at', 'mode', 'place', 'link', 'calendar_sequence'])
    .executeTakeFirstOrThrow();
  await recomputeCounters(trx, bilan.id);
  await deps.audit.record(
    trx,
    auditContext(actor),
    { action: 'seance.cancelled', subjectType: 'seance', subjectId: seance.id, bilanId: bilan.id, details: { reason } },
    now,
  );
  if (seance.mode !== 'personal_work') {
    await emailSeance(
      trx,
      deps,
      { seance: updated, bilan, method: 'CANCEL', kind: 'seance_cancelled' },
      (facts) => seanceCancelledEmail({ ...facts, reason }),
      now,
    );
  }
}

export async function markSeanceHeld(deps: Deps, actor: Actor, seanceId: string, input: MarkHeld): Promise<void> {
  requireRole(actor, 'consultant');
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const { bilan, seance } = await lockSeance(trx, actor, seanceId, 'consultant');
    if (seance.status !== 'planned')
      throw notChangeable('Seule une séance planifiée peut être marquée comme réalisée.');
    if (seance.starts_at.getTime() > now.getTime())
      throw notChangeable('Une séance ne peut être marquée comme réalisée qu’une fois commencée.');
    const day = toParisLocal(seance.starts_at).slice(0, 10);
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
      const rows = await loadSeanceRows(trx, { bilanId: bilan.id });
      const max = parameterAt('bilan.maxAccompanimentMinutes', bilan.referenceDate);
      const total =
        plannedAndHeldAccompanimentMinutes(rows.map(toDomainSeance), seance.id) +
        Math.round((actualEnd.getTime() - actualStart.getTime()) / 60_000);
      if (total > max) {
        throw new AppError('validation_failed', {
          fields: {
            actualEnd: `Ces horaires porteraient l’accompagnement du bilan à ${formatMinutes(total)}, au-delà du maximum de ${formatMinutes(max)}.`,
          },
        });
      }
    }
    await trx
      .updateTable('seances')
      .set({ status: 'held', actual_start_at: actualStart, actual_end_at: actualEnd, updated_at: now })
      .where('id', '=', seance.id)
      .execute();
    await recomputeCounters(trx, bilan.id);
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

export async function markSeanceNoShow(
  deps: Deps,
  actor: Actor,
  seanceId: string,
  reason: string | undefined,
): Promise<void> {
  requireRole(actor, 'consultant');
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const { bilan, seance } = await lockSeance(trx, actor, seanceId, 'consultant');
    if (seance.status !== 'planned' || seance.mode === 'personal_work')
      throw notChangeable('Seule une séance planifiée avec le ou la consultant·e peut être notée comme une absence.');
    if (seance.starts_at.getTime() > now.getTime())
      throw notChangeable('Une absence ne peut être notée qu’à partir de l’heure de la séance.');
    await trx
      .updateTable('seances')
      .set({ status: 'no_show', status_reason: reason ?? null, updated_at: now })
      .where('id', '=', seance.id)
      .execute();
    await recomputeCounters(trx, bilan.id);
    await deps.audit.record(
      trx,
      auditContext(actor),
      {
        action: 'seance.no_show',
        subjectType: 'seance',
        subjectId: seance.id,
        bilanId: bilan.id,
        details: reason ? { reason } : {},
      },
      now,
    );
  });
}
