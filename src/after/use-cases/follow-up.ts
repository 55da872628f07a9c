/**
 * The follow-up interview: the consultant offers it during the conclusion, the beneficiary
 * accepts or declines it, the sweep plans it once the bilan is closed, then the consultant
 * records it (held with its outcome, or missed). Administrative facts only.
 */
import { parisDate } from '../../platform/clock.ts';
import { canRecordFollowUp, type FollowUpFacts } from '../domain/follow-up.ts';
import { followUpOfferedEmail } from '../domain/emails.ts';
import { parsePlainDate } from '../../shared/calendar/plain-date.ts';
import type { FollowUpAnswer, FollowUpRecord } from '../contracts/schemas.ts';
import { AppError } from '../../shared/errors.ts';
import { requireRole } from '../../platform/authorize.ts';
import { auditContext, type Actor, type Deps } from '../../platform/deps.ts';
import { pastOrTodayDate } from '../../platform/validation.ts';
import { lockBilan } from '../../bilans/data/bilan-access.ts';

export async function offerFollowUp(deps: Deps, actor: Actor, bilanId: string): Promise<void> {
  requireRole(actor, 'consultant');
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const bilan = await lockBilan(trx, actor, bilanId, 'consultant');
    if (bilan.phase !== 'conclusion') {
      throw new AppError('follow_up_refused', {
        message: 'L’entretien de suivi se propose pendant la phase de conclusion.',
      });
    }
    const inserted = await trx
      .insertInto('follow_ups')
      .values({ bilan_id: bilanId, organisation_id: actor.organisationId, offered_at: now, offered_by: actor.userId })
      .onConflict((oc) => oc.column('bilan_id').doNothing())
      .returning('bilan_id')
      .executeTakeFirst();
    if (!inserted) throw new AppError('follow_up_refused', { message: 'L’entretien de suivi a déjà été proposé.' });
    const person = await trx
      .selectFrom('users as u')
      .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
      .select(['u.email', 'u.first_name', 'o.name', 'o.follow_up_months'])
      .where('u.id', '=', bilan.beneficiary_id)
      .executeTakeFirstOrThrow();
    const months = person.follow_up_months;
    const message = followUpOfferedEmail({
      firstName: person.first_name,
      consultantName: `${actor.firstName} ${actor.lastName}`,
      organisationName: person.name,
      months,
      url: `${deps.publicUrl}/mon-bilan`,
    });
    await deps.outbox.enqueue(
      trx,
      { organisationId: actor.organisationId, kind: 'follow_up_offered', to: person.email, message },
      now,
    );
    await deps.audit.record(
      trx,
      auditContext(actor),
      { action: 'follow_up.offered', subjectType: 'bilan', subjectId: bilanId, details: {} },
      now,
    );
  });
  deps.emailsQueued();
}

export async function answerFollowUp(deps: Deps, actor: Actor, bilanId: string, input: FollowUpAnswer): Promise<void> {
  requireRole(actor, 'beneficiary');
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    await lockBilan(trx, actor, bilanId, 'beneficiary');
    const row = await trx
      .selectFrom('follow_ups')
      .select(['response', 'due_on'])
      .where('bilan_id', '=', bilanId)
      .forUpdate()
      .executeTakeFirst();
    if (!row)
      throw new AppError('follow_up_refused', {
        message: 'Aucun entretien de suivi ne vous a été proposé pour ce bilan.',
      });
    if (row.due_on)
      throw new AppError('follow_up_refused', {
        message: 'L’entretien de suivi est déjà planifié : contactez votre consultant·e pour le modifier.',
      });
    if (row.response === input.response) return;
    await trx
      .updateTable('follow_ups')
      .set({ response: input.response, responded_at: now })
      .where('bilan_id', '=', bilanId)
      .execute();
    await deps.audit.record(
      trx,
      auditContext(actor),
      { action: 'follow_up.answered', subjectType: 'bilan', subjectId: bilanId, details: { response: input.response } },
      now,
    );
  });
}

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
    const row = await trx
      .selectFrom('follow_ups')
      .select(['response', 'due_on', 'outcome'])
      .where('bilan_id', '=', bilanId)
      .forUpdate()
      .executeTakeFirst();
    const facts: FollowUpFacts | null = row
      ? { response: row.response, dueOn: row.due_on ? parsePlainDate(row.due_on) : null, outcome: row.outcome }
      : null;
    if (!facts || !canRecordFollowUp(facts, today)) {
      throw new AppError('follow_up_refused', {
        message: 'L’entretien de suivi s’enregistre une fois planifié, à partir de deux semaines avant sa date.',
      });
    }
    await trx
      .updateTable('follow_ups')
      .set({ outcome: input.outcome, held_on: heldOn, recorded_by: actor.userId, recorded_at: now })
      .where('bilan_id', '=', bilanId)
      .execute();
    await deps.audit.record(
      trx,
      auditContext(actor),
      { action: 'follow_up.recorded', subjectType: 'bilan', subjectId: bilanId, details: { outcome: input.outcome } },
      now,
    );
  });
}
