/**
 * Deletes one of the consultant's own worksheets from their library. Worksheets already proposed
 * keep their copy of the definition (an assignment is a snapshot), so nothing proposed changes.
 */
import { notFound, requireRole } from '../../platform/authorize.ts';
import { auditContext, type Actor, type Deps } from '../../platform/deps.ts';
import { deleteWorksheet, findOwnWorksheet } from '../data/worksheet-repository.ts';

export async function deleteLibraryWorksheet(deps: Deps, actor: Actor, id: string): Promise<void> {
  requireRole(actor, 'consultant');
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const row = await findOwnWorksheet(trx, actor, id, true);
    if (!row) notFound();
    await deleteWorksheet(trx, row.id);
    await deps.audit.record(
      trx,
      auditContext(actor),
      { action: 'worksheet.deleted', subjectType: 'worksheet', subjectId: row.id, details: { version: row.version } },
      now,
    );
  });
}
