/**
 * The consultant's library: the built-in worksheet models, the instruments Sillage ships, and
 * the consultant's own worksheets (copies of a model, edited). An edit is checked by the
 * questionnaire engine and makes a new version; assignments keep the version they were given.
 */
import { randomBytes } from 'node:crypto';
import { INSTRUMENTS } from '../../instruments/domain/catalogue.ts';
import { adaptationLabel } from '../../instruments/domain/provenance.ts';
import { checkAuthoredDefinition } from '../../questionnaires/domain/authoring-messages.ts';
import type { QuestionnaireDefinition } from '../../questionnaires/domain/definition-schema.ts';
import { WORKSHEET_MODELS, getWorksheetModel } from '../domain/models/index.ts';
import type {
  CopyModel,
  LibraryView,
  LibraryWorksheet,
  ModelDefinitionView,
  UpdateWorksheet,
} from '../../questionnaires/contracts/schemas.ts';
import { AppError } from '../../shared/errors.ts';
import { notFound, requireRole } from '../../platform/authorize.ts';
import { auditContext, type Actor, type Deps } from '../../platform/deps.ts';
import { definitionOf } from '../../questionnaires/use-cases/questionnaire-store.ts';

export async function getLibrary(deps: Deps, actor: Actor): Promise<LibraryView> {
  requireRole(actor, 'consultant');
  const own = await deps.db
    .selectFrom('worksheet_library')
    .select(['id', 'questionnaire_id', 'version', 'based_on', 'definition', 'updated_at'])
    .where('organisation_id', '=', actor.organisationId)
    .where('owner_id', '=', actor.userId)
    .orderBy('updated_at', 'desc')
    .execute();
  return {
    models: WORKSHEET_MODELS.map((m) => ({
      id: m.id,
      title: m.title,
      intro: m.intro,
      estimatedMinutes: m.estimatedMinutes ?? null,
      questionCount: m.sections.reduce((n, s) => n + s.questions.length, 0),
      sections: m.sections.map((s) => ({
        title: s.title,
        questions: s.questions.map((q) => ({ label: q.label, type: q.type })),
      })),
    })),
    instruments: INSTRUMENTS.map((i) => ({
      id: i.source.instrumentId,
      title: i.definition.title,
      name: i.source.name,
      itemCount: i.source.itemCount,
      estimatedMinutes: i.definition.estimatedMinutes ?? null,
      version: i.source.version,
      source: { citation: i.source.source.citation, url: i.source.source.url, licence: i.source.source.licence },
      adaptation: adaptationLabel(i.source.adaptation.status),
    })),
    own: own.map((w) => ({
      id: w.id,
      questionnaireId: w.questionnaire_id,
      title: definitionOf(w).title,
      version: w.version,
      basedOn: w.based_on,
      basedOnTitle: getWorksheetModel(w.based_on)?.title ?? null,
      updatedAt: w.updated_at.toISOString(),
    })),
  };
}

export async function copyWorksheetModel(deps: Deps, actor: Actor, input: CopyModel): Promise<{ id: string }> {
  requireRole(actor, 'consultant');
  const model = getWorksheetModel(input.modelId);
  if (!model)
    throw new AppError('validation_failed', { fields: { modelId: 'Choisissez un modèle de la bibliothèque.' } });
  const now = deps.clock.now();
  const questionnaireId = `${model.id.slice(0, 48)}-${randomBytes(4).toString('hex')}`;
  const definition: QuestionnaireDefinition = { ...model, id: questionnaireId, version: 1, title: input.title };
  return deps.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('worksheet_library')
      .values({
        organisation_id: actor.organisationId,
        owner_id: actor.userId,
        questionnaire_id: questionnaireId,
        version: 1,
        based_on: model.id,
        definition: JSON.stringify(definition),
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await deps.audit.record(
      trx,
      auditContext(actor),
      { action: 'worksheet.created', subjectType: 'worksheet', subjectId: row.id, details: { basedOn: model.id } },
      now,
    );
    return { id: row.id };
  });
}

async function ownWorksheet(deps: Deps, actor: Actor, id: string, lock: boolean) {
  requireRole(actor, 'consultant');
  let query = deps.db
    .selectFrom('worksheet_library')
    .select(['id', 'questionnaire_id', 'version', 'based_on', 'definition', 'updated_at'])
    .where('id', '=', id)
    .where('organisation_id', '=', actor.organisationId)
    .where('owner_id', '=', actor.userId);
  if (lock) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  if (!row) notFound();
  return row;
}

export async function getLibraryWorksheet(deps: Deps, actor: Actor, id: string): Promise<LibraryWorksheet> {
  const row = await ownWorksheet(deps, actor, id, false);
  return {
    id: row.id,
    version: row.version,
    definition: definitionOf(row),
    basedOn: row.based_on,
    basedOnTitle: getWorksheetModel(row.based_on)?.title ?? null,
    updatedAt: row.updated_at.toISOString(),
  };
}

/** Saves an edited definition (questions added, removed or changed) as the next version. */
export async function updateLibraryWorksheet(
  deps: Deps,
  actor: Actor,
  id: string,
  input: UpdateWorksheet,
): Promise<{ version: number }> {
  requireRole(actor, 'consultant');
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const row = await ownWorksheet({ ...deps, db: trx }, actor, id, true);
    if (row.version !== input.version) throw new AppError('questionnaire_changed');
    const version = row.version + 1;
    // French messages keyed by the path of each field (`sections.0.questions.2.options`).
    const checked = checkAuthoredDefinition({
      ...input.definition,
      id: row.questionnaire_id,
      version,
      kind: 'worksheet',
      scoring: undefined,
    });
    if (!checked.ok) throw new AppError('validation_failed', { fields: checked.fields });
    await trx
      .updateTable('worksheet_library')
      .set({ version, definition: JSON.stringify(checked.definition), updated_at: now })
      .where('id', '=', id)
      .execute();
    await deps.audit.record(
      trx,
      auditContext(actor),
      { action: 'worksheet.updated', subjectType: 'worksheet', subjectId: id, details: { version } },
      now,
    );
    return { version };
  });
}

/** A built-in model in full, for the consultant to preview before copying it. */
export function getWorksheetModelDefinition(actor: Actor, modelId: string): ModelDefinitionView {
  requireRole(actor, 'consultant');
  const model = getWorksheetModel(modelId);
  if (!model) notFound();
  return { definition: model };
}

/**
 * Deletes one of the consultant's own worksheets from their library. Worksheets already proposed
 * keep their copy of the definition (an assignment is a snapshot), so nothing proposed changes.
 */
export async function deleteLibraryWorksheet(deps: Deps, actor: Actor, id: string): Promise<void> {
  requireRole(actor, 'consultant');
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const row = await ownWorksheet({ ...deps, db: trx }, actor, id, true);
    await trx.deleteFrom('worksheet_library').where('id', '=', row.id).execute();
    await deps.audit.record(
      trx,
      auditContext(actor),
      { action: 'worksheet.deleted', subjectType: 'worksheet', subjectId: row.id, details: { version: row.version } },
      now,
    );
  });
}
