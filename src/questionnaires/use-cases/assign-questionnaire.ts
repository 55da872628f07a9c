/**
 * The consultant assigns a questionnaire to one of their bilans: a built-in worksheet model, one
 * of their own worksheets, or an instrument, with an optional due date and séance. The
 * definition is copied into the assignment, so the answers stay tied to the version assigned.
 */
import { parisDate } from '../../platform/clock.ts';
import { isOpen } from '../../bilans/domain/phases.ts';
import { getInstrument } from '../../instruments/domain/catalogue.ts';
import type { QuestionnaireDefinition } from '../domain/definition-schema.ts';
import { getWorksheetModel } from '../../worksheets/domain/models/index.ts';
import type { AssignQuestionnaireSchema } from '../contracts/schemas.ts';
import { AppError } from '../../shared/errors.ts';
import type { z } from 'zod';
import { requireRole } from '../../platform/authorize.ts';
import { auditContext, type Actor, type Deps } from '../../platform/deps.ts';
import { definitionOf } from './questionnaire-store.ts';
import { lockBilan } from '../../bilans/data/bilan-access.ts';
import type { Trx } from '../../platform/db/kysely.ts';

type AssignInput = z.output<typeof AssignQuestionnaireSchema>;

const unknownChoice = () =>
  new AppError('validation_failed', { fields: { questionnaire: 'Choisissez un questionnaire de la bibliothèque.' } });

async function resolveDefinition(
  trx: Trx,
  actor: Actor,
  choice: string,
): Promise<{ kind: 'worksheet' | 'instrument'; definition: QuestionnaireDefinition }> {
  const [source, ref = ''] = choice.split(':');
  if (source === 'model') {
    const model = getWorksheetModel(ref);
    if (!model) throw unknownChoice();
    return { kind: 'worksheet', definition: model };
  }
  if (source === 'instrument') {
    const instrument = getInstrument(ref);
    if (!instrument) throw unknownChoice();
    return { kind: 'instrument', definition: instrument.definition };
  }
  const own = await trx
    .selectFrom('worksheet_library')
    .select('definition')
    .where('id', '=', ref)
    .where('organisation_id', '=', actor.organisationId)
    .where('owner_id', '=', actor.userId)
    .executeTakeFirst();
  if (!own) throw unknownChoice();
  return { kind: 'worksheet', definition: definitionOf(own) };
}

export async function assignQuestionnaire(
  deps: Deps,
  actor: Actor,
  bilanId: string,
  input: AssignInput,
): Promise<{ assignmentId: string }> {
  requireRole(actor, 'consultant');
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const bilan = await lockBilan(trx, actor, bilanId, 'consultant');
    if (!isOpen(bilan.phase)) throw new AppError('bilan_closed');
    const { kind, definition } = await resolveDefinition(trx, actor, input.questionnaire);
    if (input.dueOn && input.dueOn < parisDate(now))
      throw new AppError('validation_failed', { fields: { dueOn: 'La date limite ne peut pas être passée.' } });
    if (input.seanceId) {
      const seance = await trx
        .selectFrom('seances')
        .select('id')
        .where('id', '=', input.seanceId)
        .where('bilan_id', '=', bilanId)
        .executeTakeFirst();
      if (!seance)
        throw new AppError('validation_failed', { fields: { seanceId: 'Choisissez une séance de ce bilan.' } });
    }
    const row = await trx
      .insertInto('questionnaire_assignments')
      .values({
        organisation_id: actor.organisationId,
        bilan_id: bilanId,
        kind,
        questionnaire_id: definition.id,
        questionnaire_version: definition.version,
        definition: JSON.stringify(definition),
        title: definition.title,
        seance_id: input.seanceId ?? null,
        due_on: input.dueOn ?? null,
        assigned_by: actor.userId,
        assigned_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await deps.audit.record(
      trx,
      auditContext(actor),
      {
        action: 'questionnaire.assigned',
        subjectType: 'questionnaire_assignment',
        subjectId: row.id,
        bilanId,
        details: { questionnaireId: definition.id, version: definition.version },
      },
      now,
    );
    return { assignmentId: row.id };
  });
}

/** The consultant withdraws an assignment that is not submitted yet (the answers are kept). */
export async function withdrawQuestionnaire(deps: Deps, actor: Actor, assignmentId: string): Promise<void> {
  requireRole(actor, 'consultant');
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('questionnaire_assignments as a')
      .innerJoin('bilans as b', 'b.id', 'a.bilan_id')
      .select(['a.id', 'a.bilan_id', 'a.submitted_at', 'a.withdrawn_at'])
      .where('a.id', '=', assignmentId)
      .where('a.organisation_id', '=', actor.organisationId)
      .where('b.consultant_id', '=', actor.userId)
      .forUpdate('a')
      .executeTakeFirst();
    if (!row) throw new AppError('not_found');
    if (row.submitted_at || row.withdrawn_at)
      throw new AppError('questionnaire_refused', { message: 'Ce questionnaire est déjà envoyé ou retiré.' });
    await trx
      .updateTable('questionnaire_assignments')
      .set({ withdrawn_at: now })
      .where('id', '=', assignmentId)
      .execute();
    await deps.audit.record(
      trx,
      auditContext(actor),
      {
        action: 'questionnaire.withdrawn',
        subjectType: 'questionnaire_assignment',
        subjectId: assignmentId,
        bilanId: row.bilan_id,
        details: {},
      },
      now,
    );
  });
}
