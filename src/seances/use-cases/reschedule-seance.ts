/**
 * The consultant moves a planned séance (with a reason): checked by the domain like a new plan,
 * then the beneficiary receives the calendar update. The answer carries the domain's warnings.
 */
import { localInstant, toParisLocal } from '../../platform/clock.ts';
import { addMs } from '../../accounts/domain/policies.ts';
import { seanceRescheduledEmail } from '../domain/emails.ts';
import type { LocalDateTime } from '../../shared/calendar/local-date-time.ts';
import { checkSessionPlan, PLAN_FIELDS, warningsOf } from '../domain/plan.ts';
import type { RescheduleSeance, SeancePlanned } from '../contracts/schemas.ts';
import { AppError } from '../../shared/errors.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { auditContext } from '../../platform/deps.ts';
import { requireRole } from '../../platform/authorize.ts';
import { emailSeance } from './email-seance.ts';
import {
  listSeanceRows,
  lockConsultantAgenda,
  lockSeance,
  seanceFromRow,
  updateSeance,
} from '../data/seance-repository.ts';
import { assertCpfStartAllowed } from '../../financing/use-cases/assert-cpf-start-allowed.ts';
import { ruleErrors } from '../../shared/rules/rule-errors.ts';

const DAY = 24 * 60 * 60_000;

export async function rescheduleSeance(
  deps: Deps,
  actor: Actor,
  seanceId: string,
  input: RescheduleSeance,
): Promise<SeancePlanned> {
  requireRole(actor, 'consultant');
  const now = deps.clock.now();
  const startsAt = localInstant(input.date, input.start);
  const endsAt = localInstant(input.date, input.end);
  const warnings = await deps.db.transaction().execute(async (trx) => {
    const { bilan, seance } = await lockSeance(trx, actor, seanceId, 'consultant');
    if (seance.status !== 'planned')
      throw new AppError('seance_not_changeable', { message: 'Seule une séance encore planifiée peut être déplacée.' });
    await lockConsultantAgenda(trx, actor.userId);
    const [bilanRows, agendaRows] = await Promise.all([
      listSeanceRows(trx, { bilanId: bilan.id }),
      listSeanceRows(trx, { consultantId: actor.userId, from: addMs(startsAt, -DAY), to: addMs(endsAt, DAY) }),
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
      bilanSessions: bilanRows.map(seanceFromRow),
      consultantSessions: agendaRows.map(seanceFromRow),
      now: toParisLocal(now) as LocalDateTime,
      referenceDate: bilan.referenceDate,
      bilanPlannedMinutes: bilan.planned_accompaniment_minutes,
    });
    if (!report.ok)
      throw ruleErrors(
        report.issues.filter((i) => i.severity === 'error'),
        PLAN_FIELDS,
      );
    await assertCpfStartAllowed(trx, bilan.id, input.date);
    const updated = await updateSeance(trx, seance.id, {
      starts_at: startsAt,
      ends_at: endsAt,
      status_reason: input.reason,
      calendar_sequence: seance.calendar_sequence + 1,
      reminder_sent_at: null,
      updated_at: now,
    });
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
    return warningsOf(report);
  });
  deps.emailsQueued();
  return { seanceId, warnings };
}
