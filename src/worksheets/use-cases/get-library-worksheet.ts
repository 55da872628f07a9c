/** One of the consultant's own worksheets, in full, for the editor (anyone else's: 404). */
import { definitionOf } from '../../questionnaires/domain/assignment.ts';
import { getWorksheetModel } from '../domain/models/index.ts';
import type { LibraryWorksheet } from '../contracts/schemas.ts';
import { notFound, requireRole } from '../../platform/authorize.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { findOwnWorksheet } from '../data/worksheet-repository.ts';

export async function getLibraryWorksheet(deps: Deps, actor: Actor, id: string): Promise<LibraryWorksheet> {
  requireRole(actor, 'consultant');
  const row = await findOwnWorksheet(deps.db, actor, id);
  if (!row) notFound();
  return {
    id: row.id,
    version: row.version,
    definition: definitionOf(row),
    basedOn: row.based_on,
    basedOnTitle: getWorksheetModel(row.based_on)?.title ?? null,
    updatedAt: row.updated_at.toISOString(),
  };
}
