/** The consultant answers a comment of the beneficiary and says whether it is resolved (decision 043). */
import { assertOpen, lockBilan } from '../../bilans/data/bilan-access.ts';
import { notFound, requireRole } from '../../platform/authorize.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import type { AnswerComment, SyntheseCommentView } from '../contracts/schemas.ts';
import { findSynthese } from '../data/synthese-repository.ts';
import { buildSyntheseView, readSyntheseState } from '../data/synthese-view.ts';
import { answerComment as storeAnswer, findComment } from '../data/version-repository.ts';

export async function answerComment(
  deps: Deps,
  actor: Actor,
  bilanId: string,
  commentId: string,
  input: AnswerComment,
): Promise<{ comment: SyntheseCommentView }> {
  requireRole(actor, 'consultant');
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const bilan = await lockBilan(trx, actor, bilanId, 'consultant');
    assertOpen(bilan);
    const synthese = await findSynthese(trx, bilan.id);
    if (!synthese) notFound();
    const comment = await findComment(trx, synthese.id, commentId);
    if (!comment) notFound();
    await storeAnswer(trx, comment.id, { text: input.answer, resolved: input.resolved, by: actor.userId, now });
    const view = await buildSyntheseView(trx, bilan, 'consultant', await readSyntheseState(trx, bilan.id));
    return { comment: view.versions.flatMap((v) => v.comments).find((c) => c.id === comment.id)! };
  });
}
