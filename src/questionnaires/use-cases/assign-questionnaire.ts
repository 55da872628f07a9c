/**
 * The consultant assigns a questionnaire to one of their bilans: a built-in worksheet model, one
 * of their own worksheets, or an instrument, with an optional due date and séance. The
 * definition is copied into the assignment, so the answers stay tied to the version assigned.
 */
import type { z } from 'zod';
import { parisDate } from '../../platform/clock.ts';
import { addYears, parsePlainDate } from '../../shared/calendar/plain-date.ts';
import { isOpen } from '../../bilans/domain/phases.ts';
import { getInstrument } from '../../instruments/domain/catalogue.ts';
import type { QuestionnaireDefinition } from '../domain/definition-schema.ts';
import { definitionOf } from '../domain/assignment.ts';
import { getWorksheetModel } from '../../worksheets/domain/models/index.ts';
import type { AssignQuestionnaireSchema } from '../contracts/schemas.ts';
import { AppError } from '../../shared/errors.ts';
import { requireRole } from '../../platform/authorize.ts';
import { auditContext, type Actor, type Deps } from '../../platform/deps.ts';
import { lockBilan } from '../../bilans/data/bilan-access.ts';
import type { Trx } from '../../platform/db/kysely.ts';
import { findOwnWorksheet } from '../../worksheets/data/worksheet-repository.ts';
import { isSeanceOfBilan } from '../../seances/data/seance-repository.ts';
import { insertAssignment } from '../data/assignment-repository.ts';

type AssignInput = z.output<typeof AssignQuestionnaireSchema>;

/** How far ahead a due date may be: a bilan lasts weeks or months, never years. */
const MAX_DUE_YEARS = 2;

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
  const own = await findOwnWorksheet(trx, actor, ref);
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
    if (input.dueOn && input.dueOn > addYears(parsePlainDate(parisDate(now)), MAX_DUE_YEARS))
      throw new AppError('validation_failed', {
        fields: { dueOn: `La date limite ne peut pas être à plus de ${MAX_DUE_YEARS} ans.` },
      });
    if (input.seanceId && !(await isSeanceOfBilan(trx, input.seanceId, bilanId)))
      throw new AppError('validation_failed', { fields: { seanceId: 'Choisissez une séance de ce bilan.' } });
    const assignmentId = await insertAssignment(trx, {
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
    });
    await deps.audit.record(
      trx,
      auditContext(actor),
      {
        action: 'questionnaire.assigned',
        subjectType: 'questionnaire_assignment',
        subjectId: assignmentId,
        bilanId,
        details: { questionnaireId: definition.id, version: definition.version },
      },
      now,
    );
    return { assignmentId };
  });
}
