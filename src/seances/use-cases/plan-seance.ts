/**
 * The consultant plans a séance of one of their bilans: checked by the domain (not in the past,
 * end after start, no overlap in the consultant's agenda, the bilan's accompaniment never beyond
 * the legal maximum), then the beneficiary receives the invitation with its calendar file. The
 * answer carries the domain's warnings (public holiday, Sunday, long séance, beyond the bilan's
 * planned hours). Séances of any later phase may be planned before the consent (the calendar is
 * agreed during the phase préliminaire); holding them needs it (mark-seance-held, sign-attendance).
 */
import { addMs } from '../../accounts/domain/policies.ts';
import { toParisLocal } from '../../platform/clock.ts';
import { isOpen } from '../../bilans/domain/phases.ts';
import { plannablePhases } from '../domain/attendance.ts';
import { seancePlannedEmail } from '../domain/emails.ts';
import type { LocalDateTime } from '../../shared/calendar/local-date-time.ts';
import { checkSessionPlan, PLAN_FIELDS, warningsOf } from '../domain/plan.ts';
import { assertCpfStartAllowed } from '../../financing/use-cases/assert-cpf-start-allowed.ts';
import type { PlanSeance, SeancePlanned } from '../contracts/schemas.ts';
import { AppError } from '../../shared/errors.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { auditContext } from '../../platform/deps.ts';
import { requireRole } from '../../platform/authorize.ts';
import { emailSeance } from './email-seance.ts';
import { insertSeance, listSeanceRows, lockConsultantAgenda, seanceFromRow } from '../data/seance-repository.ts';
import { lockBilan } from '../../bilans/data/bilan-access.ts';
import { ruleErrors } from '../../shared/rules/rule-errors.ts';
import { localInstant } from '../../platform/clock.ts';

const DAY = 24 * 60 * 60_000;

export async function planSeance(deps: Deps, actor: Actor, bilanId: string, input: PlanSeance): Promise<SeancePlanned> {
  requireRole(actor, 'consultant');
  const now = deps.clock.now();
  const startsAt = localInstant(input.date, input.start);
  const endsAt = localInstant(input.date, input.end);
  const result = await deps.db.transaction().execute(async (trx) => {
    const bilan = await lockBilan(trx, actor, bilanId, 'consultant');
    if (!isOpen(bilan.phase))
      throw new AppError('seance_refused', {
        message: 'Ce bilan est terminé : aucune séance ne peut y être planifiée.',
      });
    if (!plannablePhases(bilan.phase).includes(input.phase)) {
      throw new AppError('validation_failed', {
        fields: { phase: 'Choisissez la phase en cours ou une phase suivante.' },
      });
    }
    await lockConsultantAgenda(trx, actor.userId);
    const [bilanRows, agendaRows] = await Promise.all([
      listSeanceRows(trx, { bilanId }),
      listSeanceRows(trx, { consultantId: actor.userId, from: addMs(startsAt, -DAY), to: addMs(endsAt, DAY) }),
    ]);
    const report = checkSessionPlan({
      candidate: {
        consultantId: actor.userId,
        phase: input.phase,
        mode: input.mode,
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
    await assertCpfStartAllowed(trx, bilanId, input.date);

    const seance = await insertSeance(trx, {
      organisation_id: actor.organisationId,
      bilan_id: bilanId,
      consultant_id: actor.userId,
      phase: input.phase,
      mode: input.mode,
      place: input.mode === 'in_person' ? (input.place ?? null) : null,
      link: input.mode === 'remote' ? (input.link ?? null) : null,
      topic: input.topic || null,
      starts_at: startsAt,
      ends_at: endsAt,
      created_by: actor.userId,
      created_at: now,
      updated_at: now,
    });
    await deps.audit.record(
      trx,
      auditContext(actor),
      {
        action: 'seance.planned',
        subjectType: 'seance',
        subjectId: seance.id,
        bilanId,
        details: { startsAt: startsAt.toISOString(), mode: input.mode },
      },
      now,
    );
    if (input.mode !== 'personal_work') {
      await emailSeance(
        trx,
        deps,
        { seance, bilan, method: 'REQUEST', kind: 'seance_planned' },
        seancePlannedEmail,
        now,
      );
    }
    return { seanceId: seance.id, emailed: input.mode !== 'personal_work', warnings: warningsOf(report) };
  });
  if (result.emailed) deps.emailsQueued();
  return { seanceId: result.seanceId, warnings: result.warnings };
}
