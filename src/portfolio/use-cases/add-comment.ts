/**
 * The consultant or the beneficiary comments on an experience, a competence or the portfolio as a
 * whole (2,000 characters at most). Audited, like the comments on questionnaire answers. Only
 * while the bilan is open.
 */
import { assertOpen, lockBilan } from '../../bilans/data/bilan-access.ts';
import { requireRole } from '../../platform/authorize.ts';
import { auditContext, type Actor, type Deps } from '../../platform/deps.ts';
import { AppError } from '../../shared/errors.ts';
import type { Comment, CommentView } from '../contracts/schemas.ts';
import { insertComment } from '../data/comment-repository.ts';
import { findCompetence } from '../data/competence-repository.ts';
import { findExperience } from '../data/experience-repository.ts';
import { readComment } from '../data/portfolio-read.ts';

export async function addComment(
  deps: Deps,
  actor: Actor,
  bilanId: string,
  input: Comment,
): Promise<{ comment: CommentView }> {
  requireRole(actor, 'consultant', 'beneficiary');
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const bilan = await lockBilan(trx, actor, bilanId, 'either');
    assertOpen(bilan);
    if (input.experienceId && !(await findExperience(trx, bilan.id, input.experienceId)))
      throw new AppError('validation_failed', {
        fields: { experienceId: 'Cette expérience n’existe plus dans le portefeuille : rechargez la page.' },
      });
    if (input.competenceId && !(await findCompetence(trx, bilan.id, input.competenceId)))
      throw new AppError('validation_failed', {
        fields: { competenceId: 'Cette compétence n’existe plus dans le portefeuille : rechargez la page.' },
      });
    const id = await insertComment(trx, {
      organisationId: bilan.organisation_id,
      bilanId: bilan.id,
      experienceId: input.experienceId,
      competenceId: input.competenceId,
      authorId: actor.userId,
      body: input.body,
      now,
    });
    await deps.audit.record(
      trx,
      auditContext(actor),
      {
        action: 'portfolio.commented',
        subjectType: 'portfolio_comment',
        subjectId: id,
        bilanId: bilan.id,
        details: { target: input.experienceId ? 'experience' : input.competenceId ? 'competence' : 'portfolio' },
      },
      now,
    );
    return { comment: await readComment(trx, id) };
  });
}
