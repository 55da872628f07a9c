/**
 * The bilan's exploration, for its beneficiary and its consultant, in one answer (the dossier's
 * « Pistes »): pistes with their criteria, skill gap, computed feasibility, training needs and
 * enquêtes, and the suggestions set aside. Readable after the bilan has ended (`editable` is then
 * false). Nobody else reads it (admins 403, others 404). The consultant's read is audited when
 * there is something to read (`content.read`, decision 049).
 */
import { readBilan } from '../../bilans/data/bilan-access.ts';
import { isOpen } from '../../bilans/domain/phases.ts';
import { requireRole } from '../../platform/authorize.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { CONSTRAINTS_REMINDER, type ExplorationView } from '../contracts/schemas.ts';
import { readPistes } from '../data/exploration-views.ts';

export async function getExploration(deps: Deps, actor: Actor, bilanId: string): Promise<ExplorationView> {
  requireRole(actor, 'consultant', 'beneficiary');
  const bilan = await readBilan(deps.db, actor, bilanId, 'either');
  const { pistes, setAside } = await readPistes(deps.db, bilan.organisation_id, bilan.id);
  if (pistes.length > 0)
    await deps.audit.recordRead(
      deps.db,
      actor,
      { bilanId: bilan.id, category: 'exploration', subjectType: 'bilan', subjectId: bilan.id },
      deps.clock.now(),
    );
  return {
    bilanId: bilan.id,
    editable: isOpen(bilan.phase),
    constraintsReminder: CONSTRAINTS_REMINDER,
    pistes,
    setAside,
  };
}
