/** The consultant copies a built-in worksheet model into their library, under their own title. */
import { randomBytes } from 'node:crypto';
import type { QuestionnaireDefinition } from '../../questionnaires/domain/definition-schema.ts';
import { getWorksheetModel } from '../domain/models/index.ts';
import type { CopyModel } from '../contracts/schemas.ts';
import { AppError } from '../../shared/errors.ts';
import { requireRole } from '../../platform/authorize.ts';
import { auditContext, type Actor, type Deps } from '../../platform/deps.ts';
import { insertWorksheet } from '../data/worksheet-repository.ts';

export async function copyWorksheetModel(deps: Deps, actor: Actor, input: CopyModel): Promise<{ id: string }> {
  requireRole(actor, 'consultant');
  const model = getWorksheetModel(input.modelId);
  if (!model)
    throw new AppError('validation_failed', { fields: { modelId: 'Choisissez un modèle de la bibliothèque.' } });
  const now = deps.clock.now();
  const questionnaireId = `${model.id.slice(0, 48)}-${randomBytes(4).toString('hex')}`;
  const definition: QuestionnaireDefinition = { ...model, id: questionnaireId, version: 1, title: input.title };
  return deps.db.transaction().execute(async (trx) => {
    const id = await insertWorksheet(trx, {
      organisation_id: actor.organisationId,
      owner_id: actor.userId,
      questionnaire_id: questionnaireId,
      version: 1,
      based_on: model.id,
      definition: JSON.stringify(definition),
      created_at: now,
      updated_at: now,
    });
    await deps.audit.record(
      trx,
      auditContext(actor),
      { action: 'worksheet.created', subjectType: 'worksheet', subjectId: id, details: { basedOn: model.id } },
      now,
    );
    return { id };
  });
}
