/**
 * What follows the end of a bilan, as one idempotent sweep with `now` passed in:
 * - the évaluation à chaud is sent once the bilan has ended (closure or abandonment);
 * - an accepted follow-up is planned at the end plus the organisation's delay, announced, then
 *   reminded to both sides before its date;
 * - the évaluation à froid is sent with the follow-up (at its date, or once it is recorded);
 * - for CPF, the entry (first signed séance) and exit (end) must be declared on EDOF within
 *   3 working days: each is written down with its deadline and the consultant reminded once.
 * Every step claims its rows with a conditional insert or update in the same transaction as the
 * e-mail it queues: running the sweep twice sends each e-mail once.
 */
import { parisDate } from '../../platform/clock.ts';
import { followUpDueDate, followUpReminderOn } from '../domain/follow-up.ts';
import { edofReminderEmail, followUpPlannedEmail, followUpReminderEmail } from '../domain/emails.ts';
import { parsePlainDate, type PlainDate } from '../../shared/calendar/plain-date.ts';
import { edofDeclarationDeadline } from '../../financing/domain/cpf-calendar.ts';
import { isOpen } from '../../bilans/domain/phases.ts';
import type { Deps } from '../../platform/deps.ts';
import type { Trx } from '../../platform/db/kysely.ts';
import { createEvaluation } from '../data/evaluation-repository.ts';
import {
  lockFollowUpsToPlan,
  lockFollowUpsToRemind,
  markFollowUpReminded,
  setFollowUpDue,
} from '../data/follow-up-repository.ts';
import { insertEdofDeclaration } from '../data/edof-repository.ts';
import {
  listBilansAwaitingColdEvaluation,
  listBilansAwaitingHotEvaluation,
  listCpfEdofCandidates,
} from '../data/sweep-candidates.ts';

export interface AfterBilanSweepResult {
  evaluationsSent: number;
  followUpsPlanned: number;
  followUpsReminded: number;
  edofReminders: number;
}

export async function sweepAfterBilan(deps: Deps, now: Date): Promise<AfterBilanSweepResult> {
  const { db } = deps;
  const today = parsePlainDate(parisDate(now));
  return db.transaction().execute(async (trx) => {
    const result: AfterBilanSweepResult = {
      evaluationsSent: 0,
      followUpsPlanned: 0,
      followUpsReminded: 0,
      edofReminders: 0,
    };
    result.followUpsPlanned = await planFollowUps(trx, deps, now);
    result.followUpsReminded = await remindFollowUps(trx, deps, now, today);
    result.evaluationsSent =
      (await sendHotEvaluations(trx, deps, now, today)) + (await sendColdEvaluations(trx, deps, now, today));
    result.edofReminders = await remindEdof(trx, deps, now);
    return result;
  });
}

async function sendHotEvaluations(trx: Trx, deps: Deps, now: Date, today: PlainDate): Promise<number> {
  const rows = await listBilansAwaitingHotEvaluation(trx);
  let sent = 0;
  for (const row of rows) {
    if (parisDate(row.phase_changed_at) > today) continue;
    const input = {
      bilanId: row.id,
      organisationId: row.organisation_id,
      kind: 'chaud' as const,
      to: row.email,
      firstName: row.first_name,
      organisationName: row.organisation_name,
    };
    if (await createEvaluation(trx, input, deps, now)) sent++;
  }
  return sent;
}

async function sendColdEvaluations(trx: Trx, deps: Deps, now: Date, today: PlainDate): Promise<number> {
  const rows = await listBilansAwaitingColdEvaluation(trx);
  let sent = 0;
  for (const row of rows) {
    const endedOn = parsePlainDate(parisDate(row.phase_changed_at));
    const dueOn = row.due_on ? parsePlainDate(row.due_on) : followUpDueDate(endedOn, row.follow_up_months);
    if (!row.outcome && today < dueOn) continue;
    const input = {
      bilanId: row.id,
      organisationId: row.organisation_id,
      kind: 'froid' as const,
      to: row.email,
      firstName: row.first_name,
      organisationName: row.organisation_name,
    };
    if (await createEvaluation(trx, input, deps, now)) sent++;
  }
  return sent;
}

async function planFollowUps(trx: Trx, deps: Deps, now: Date): Promise<number> {
  const { publicUrl } = deps;
  const rows = await lockFollowUpsToPlan(trx);
  for (const row of rows) {
    const dueOn = followUpDueDate(parsePlainDate(parisDate(row.phase_changed_at)), row.follow_up_months);
    await setFollowUpDue(trx, row.id, dueOn, now);
    const message = followUpPlannedEmail({
      firstName: row.first_name,
      organisationName: row.organisation_name,
      dueOn,
      url: `${publicUrl}/mon-bilan`,
    });
    await deps.outbox.enqueue(
      trx,
      { organisationId: row.organisation_id, kind: 'follow_up_planned', to: row.email, message },
      now,
    );
  }
  return rows.length;
}

async function remindFollowUps(trx: Trx, deps: Deps, now: Date, today: PlainDate): Promise<number> {
  const { publicUrl } = deps;
  const rows = await lockFollowUpsToRemind(trx);
  let reminded = 0;
  for (const row of rows) {
    const dueOn = parsePlainDate(row.due_on as string);
    if (today < followUpReminderOn(dueOn)) continue;
    await markFollowUpReminded(trx, row.bilan_id, now);
    const common = { dueOn, organisationName: row.organisation_name };
    await deps.outbox.enqueue(
      trx,
      {
        organisationId: row.organisation_id,
        kind: 'follow_up_reminder',
        to: row.email,
        message: followUpReminderEmail({
          ...common,
          firstName: row.first_name,
          otherName: `${row.c_first} ${row.c_last}`,
          forConsultant: false,
          url: `${publicUrl}/mon-bilan`,
        }),
      },
      now,
    );
    await deps.outbox.enqueue(
      trx,
      {
        organisationId: row.organisation_id,
        kind: 'follow_up_reminder',
        to: row.c_email,
        message: followUpReminderEmail({
          ...common,
          firstName: row.c_first,
          otherName: `${row.first_name} ${row.last_name}`,
          forConsultant: true,
          url: `${publicUrl}/consultant/bilans/${row.bilan_id}`,
        }),
      },
      now,
    );
    reminded++;
  }
  return reminded;
}

async function remindEdof(trx: Trx, deps: Deps, now: Date): Promise<number> {
  const { publicUrl } = deps;
  // Entry: the first signed (held) synchronous séance; exit: the end of the bilan.
  const candidates = await listCpfEdofCandidates(trx);
  let reminders = 0;
  for (const row of candidates) {
    const existing = (row.declared_kinds ?? '').split(',');
    const events: { kind: 'entry' | 'exit'; at: Date }[] = [];
    if (row.first_held_at && !existing.includes('entry'))
      events.push({ kind: 'entry', at: new Date(row.first_held_at) });
    if (!isOpen(row.phase) && !existing.includes('exit')) events.push({ kind: 'exit', at: row.phase_changed_at });
    for (const event of events) {
      const eventOn = parsePlainDate(parisDate(event.at));
      const deadline = edofDeclarationDeadline(event.kind, eventOn);
      const inserted = await insertEdofDeclaration(
        trx,
        {
          bilan_id: row.id,
          organisation_id: row.organisation_id,
          kind: event.kind,
          event_on: eventOn,
          due_on: deadline,
        },
        now,
      );
      if (!inserted) continue;
      const message = edofReminderEmail({
        firstName: row.c_first,
        beneficiaryName: `${row.first_name} ${row.last_name}`,
        kind: event.kind,
        deadline,
        url: `${publicUrl}/consultant/bilans/${row.id}`,
      });
      await deps.outbox.enqueue(
        trx,
        { organisationId: row.organisation_id, kind: 'edof_reminder', to: row.c_email, message },
        now,
      );
      reminders++;
    }
  }
  return reminders;
}
