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
import { sql } from 'kysely';
import { parisDate } from '../../platform/clock.ts';
import { sendEvaluation } from './evaluations.ts';
import { followUpDueDate, followUpReminderOn } from '../domain/follow-up.ts';
import { edofReminderEmail, followUpPlannedEmail, followUpReminderEmail } from '../domain/emails.ts';
import { parsePlainDate, type PlainDate } from '../../shared/calendar/plain-date.ts';
import { edofDeclarationDeadline } from '../../financing/domain/cpf-calendar.ts';
import { ENDED_PHASES, isOpen } from '../../bilans/domain/phases.ts';
import type { Deps } from '../../platform/deps.ts';
import type { Trx } from '../../platform/db/kysely.ts';

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

function endedBilans(trx: Trx) {
  return trx
    .selectFrom('bilans as b')
    .innerJoin('users as u', 'u.id', 'b.beneficiary_id')
    .innerJoin('organisations as o', 'o.id', 'b.organisation_id')
    .select([
      'b.id',
      'b.organisation_id',
      'b.phase',
      'b.phase_changed_at',
      'u.email',
      'u.first_name',
      'o.name as organisation_name',
      'o.follow_up_months',
    ])
    .where('b.phase', 'in', ENDED_PHASES);
}

async function sendHotEvaluations(trx: Trx, deps: Deps, now: Date, today: PlainDate): Promise<number> {
  const rows = await endedBilans(trx)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('evaluations as e')
            .select('e.id')
            .whereRef('e.bilan_id', '=', 'b.id')
            .where('e.kind', '=', 'chaud'),
        ),
      ),
    )
    .execute();
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
    if (await sendEvaluation(trx, input, deps, now)) sent++;
  }
  return sent;
}

async function sendColdEvaluations(trx: Trx, deps: Deps, now: Date, today: PlainDate): Promise<number> {
  const rows = await endedBilans(trx)
    .leftJoin('follow_ups as f', 'f.bilan_id', 'b.id')
    .select(['f.due_on', 'f.outcome'])
    .where('b.phase', '=', 'cloture')
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('evaluations as e')
            .select('e.id')
            .whereRef('e.bilan_id', '=', 'b.id')
            .where('e.kind', '=', 'froid'),
        ),
      ),
    )
    .execute();
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
    if (await sendEvaluation(trx, input, deps, now)) sent++;
  }
  return sent;
}

async function planFollowUps(trx: Trx, deps: Deps, now: Date): Promise<number> {
  const { publicUrl } = deps;
  const rows = await endedBilans(trx)
    .innerJoin('follow_ups as f', 'f.bilan_id', 'b.id')
    .where('b.phase', '=', 'cloture')
    .where('f.response', '=', 'accepted')
    .where('f.due_on', 'is', null)
    .forUpdate('f')
    .skipLocked()
    .execute();
  for (const row of rows) {
    const dueOn = followUpDueDate(parsePlainDate(parisDate(row.phase_changed_at)), row.follow_up_months);
    await trx
      .updateTable('follow_ups')
      .set({ due_on: dueOn, planned_at: now })
      .where('bilan_id', '=', row.id)
      .execute();
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
  const rows = await trx
    .selectFrom('follow_ups as f')
    .innerJoin('bilans as b', 'b.id', 'f.bilan_id')
    .innerJoin('users as u', 'u.id', 'b.beneficiary_id')
    .innerJoin('users as c', 'c.id', 'b.consultant_id')
    .select([
      'f.bilan_id',
      'f.organisation_id',
      'f.due_on',
      'u.email',
      'u.first_name',
      'u.last_name',
      'c.email as c_email',
      'c.first_name as c_first',
      'c.last_name as c_last',
    ])
    .where('f.due_on', 'is not', null)
    .where('f.outcome', 'is', null)
    .where('f.reminder_sent_at', 'is', null)
    .forUpdate('f')
    .skipLocked()
    .execute();
  let reminded = 0;
  for (const row of rows) {
    const dueOn = parsePlainDate(row.due_on as string);
    if (today < followUpReminderOn(dueOn)) continue;
    await trx.updateTable('follow_ups').set({ reminder_sent_at: now }).where('bilan_id', '=', row.bilan_id).execute();
    const common = { dueOn };
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
  const candidates = await trx
    .selectFrom('bilans as b')
    .innerJoin('users as u', 'u.id', 'b.beneficiary_id')
    .innerJoin('users as c', 'c.id', 'b.consultant_id')
    .select([
      'b.id',
      'b.organisation_id',
      'b.phase',
      'b.phase_changed_at',
      'u.first_name',
      'u.last_name',
      'c.email as c_email',
      'c.first_name as c_first',
      (eb) =>
        eb
          .selectFrom('seances as s')
          .select(sql<Date>`min(coalesce(s.actual_start_at, s.starts_at))`.as('first'))
          .whereRef('s.bilan_id', '=', 'b.id')
          .where('s.status', '=', 'held')
          .where('s.mode', '<>', 'personal_work')
          .as('first_held_at'),
      (eb) =>
        eb
          .selectFrom('edof_declarations as d')
          .select(sql<string>`string_agg(d.kind, ',')`.as('kinds'))
          .whereRef('d.bilan_id', '=', 'b.id')
          .as('declared_kinds'),
    ])
    .where('b.financing', '=', 'cpf')
    .execute();
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
      const inserted = await trx
        .insertInto('edof_declarations')
        .values({
          bilan_id: row.id,
          organisation_id: row.organisation_id,
          kind: event.kind,
          event_on: eventOn,
          due_on: deadline,
          reminded_at: now,
        })
        .onConflict((oc) => oc.columns(['bilan_id', 'kind']).doNothing())
        .returning('kind')
        .executeTakeFirst();
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
