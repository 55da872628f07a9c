/**
 * The periods of the bilan's career-history worksheet (submitted, or saved as a draft), offered
 * to the beneficiary and the consultant as experiences of the parcours, each with its key and
 * whether it is already in the portfolio (decision 038). Readable after the bilan has ended
 * (`editable` is then false). Admins 403, anyone else 404. The consultant's read of a worksheet's
 * answers is audited (`content.read`, decision 049).
 */
import { readBilan } from '../../../bilans/data/bilan-access.ts';
import { isOpen } from '../../../bilans/domain/phases.ts';
import { requireRole } from '../../../platform/authorize.ts';
import { parisDate } from '../../../platform/clock.ts';
import type { Actor, Deps } from '../../../platform/deps.ts';
import type { WorksheetImportView } from '../../contracts/schemas.ts';
import { readCareerHistoryAnswers } from '../../data/career-history-answers.ts';
import { importedExperiences } from '../../data/experience-repository.ts';
import { careerHistoryCandidates } from '../../domain/career-history.ts';

export async function readWorksheetImport(deps: Deps, actor: Actor, bilanId: string): Promise<WorksheetImportView> {
  requireRole(actor, 'consultant', 'beneficiary');
  const bilan = await readBilan(deps.db, actor, bilanId, 'either');
  const today = parisDate(deps.clock.now());
  const [worksheets, imported] = await Promise.all([
    readCareerHistoryAnswers(deps.db, bilan.id),
    importedExperiences(deps.db, actor.organisationId, bilan.id),
  ]);
  if (worksheets.some((w) => w.savedAt || w.submittedAt))
    await deps.audit.recordRead(
      deps.db,
      actor,
      { bilanId: bilan.id, category: 'worksheet', subjectType: 'bilan', subjectId: bilan.id },
      deps.clock.now(),
    );
  return {
    editable: isOpen(bilan.phase),
    worksheets: worksheets.map((w) => ({
      assignmentId: w.id,
      title: w.title,
      status: w.submittedAt ? 'submitted' : w.savedAt ? 'draft' : 'not_started',
      candidates: careerHistoryCandidates(w, today).map((c) => ({ ...c, importedAs: imported.get(c.key) ?? null })),
    })),
  };
}
