/**
 * The beneficiary or the consultant imports chosen periods of the career-history worksheet into
 * the parcours, each as an experience of the kind they chose (decision 038): in one transaction,
 * the bilan locked, each experience created by the actor and remembering the period it came from.
 * Idempotent: a period already imported (even by the other person meanwhile) creates nothing again.
 * A key the worksheet no longer has, or a period that cannot be imported, refuses the whole
 * request with a French message on the item. Only while the bilan is open.
 */
import { assertOpen, lockBilan } from '../../../bilans/data/bilan-access.ts';
import { requireRole } from '../../../platform/authorize.ts';
import { parisDate } from '../../../platform/clock.ts';
import { auditContext, type Actor, type Deps } from '../../../platform/deps.ts';
import { AppError } from '../../../shared/errors.ts';
import type { ImportWorksheet, WorksheetImported } from '../../contracts/schemas.ts';
import { readCareerHistoryAnswers } from '../../data/career-history-answers.ts';
import { importedExperiences, insertExperience } from '../../data/experience-repository.ts';
import { readExperience } from '../../data/portfolio-read.ts';
import { careerHistoryCandidates, type CareerHistoryCandidate } from '../../domain/career-history.ts';

export async function importWorksheetExperiences(
  deps: Deps,
  actor: Actor,
  bilanId: string,
  input: ImportWorksheet,
): Promise<WorksheetImported> {
  requireRole(actor, 'consultant', 'beneficiary');
  const now = deps.clock.now();
  const today = parisDate(now);
  return deps.db.transaction().execute(async (trx) => {
    const bilan = await lockBilan(trx, actor, bilanId, 'either');
    assertOpen(bilan);
    const candidates = new Map<string, CareerHistoryCandidate>();
    for (const worksheet of await readCareerHistoryAnswers(trx, bilan.id))
      for (const c of careerHistoryCandidates(worksheet, today)) candidates.set(c.key, c);
    const fields: Record<string, string> = {};
    input.items.forEach((item, index) => {
      const candidate = candidates.get(item.key);
      if (!candidate) fields[`items.${index}.key`] = 'Cette période du cahier n’existe plus : rechargez la page.';
      else if (candidate.problem !== null) fields[`items.${index}.key`] = candidate.problem;
    });
    if (Object.keys(fields).length > 0) throw new AppError('validation_failed', { fields });

    const imported = await importedExperiences(trx, bilan.organisation_id, bilan.id);
    const created: string[] = [];
    const alreadyImported: string[] = [];
    for (const item of input.items) {
      if (imported.has(item.key)) {
        alreadyImported.push(item.key);
        continue;
      }
      const c = candidates.get(item.key)!;
      const id = await insertExperience(trx, {
        organisationId: bilan.organisation_id,
        bilanId: bilan.id,
        by: actor.userId,
        now,
        importedFrom: c.key,
        fields: {
          kind: item.kind,
          title: c.title,
          appellationCode: null,
          employerOrContext: c.employerOrContext,
          startedOn: c.startedOn!,
          endedOn: c.endedOn,
          activities: c.activities,
          achievements: null,
          liked: null,
          disliked: null,
          satisfaction: c.satisfaction,
        },
      });
      created.push(id!);
    }
    if (created.length > 0)
      await deps.audit.record(
        trx,
        auditContext(actor),
        {
          action: 'portfolio.worksheet_imported',
          subjectType: 'bilan',
          subjectId: bilan.id,
          bilanId: bilan.id,
          details: { experiences: created.length },
        },
        now,
      );
    return { created: await Promise.all(created.map((id) => readExperience(trx, id))), alreadyImported };
  });
}
