/**
 * Saves an edited definition of one of the consultant's own worksheets (questions added, removed
 * or changed) as the next version, once the questionnaire engine accepts it. Assignments keep the
 * version they were given.
 */
import { checkAuthoredDefinition } from '../../questionnaires/domain/authoring-messages.ts';
import type { UpdateWorksheet } from '../contracts/schemas.ts';
import { AppError } from '../../shared/errors.ts';
import { notFound, requireRole } from '../../platform/authorize.ts';
import { auditContext, type Actor, type Deps } from '../../platform/deps.ts';
import { findOwnWorksheet, saveWorksheetVersion } from '../data/worksheet-repository.ts';

export async function updateLibraryWorksheet(
  deps: Deps,
  actor: Actor,
  id: string,
  input: UpdateWorksheet,
): Promise<{ version: number }> {
  requireRole(actor, 'consultant');
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const row = await findOwnWorksheet(trx, actor, id, true);
    if (!row) notFound();
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
    await saveWorksheetVersion(trx, id, version, checked.definition, now);
    await deps.audit.record(
      trx,
      auditContext(actor),
      { action: 'worksheet.updated', subjectType: 'worksheet', subjectId: id, details: { version } },
      now,
    );
    return { version };
  });
}
