/**
 * The beneficiary comments on one section of a published version (decision 043), while the bilan
 * is open and the synthesis not approved. The consultant answers; a new version follows.
 */
import { requireRole } from '../../platform/authorize.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { AppError } from '../../shared/errors.ts';
import type { CommentSection, SyntheseCommentView } from '../contracts/schemas.ts';
import { buildSyntheseView, readSyntheseState } from '../data/synthese-view.ts';
import { countComments, insertComment, lockVersionForBeneficiary } from '../data/version-repository.ts';
import { SYNTHESE_LIMITS } from '../domain/model.ts';

export async function commentSection(
  deps: Deps,
  actor: Actor,
  bilanId: string,
  versionId: string,
  input: CommentSection,
): Promise<{ comment: SyntheseCommentView }> {
  requireRole(actor, 'beneficiary');
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const { bilan, synthese, version } = await lockVersionForBeneficiary(trx, actor, bilanId, versionId);
    if ((await countComments(trx, version.id)) >= SYNTHESE_LIMITS.commentsPerVersion)
      throw new AppError('synthese_too_many');
    const id = await insertComment(trx, {
      organisationId: bilan.organisation_id,
      syntheseId: synthese.id,
      versionId: version.id,
      sectionKey: input.sectionKey,
      text: input.text,
      by: actor.userId,
      now,
    });
    const view = await buildSyntheseView(trx, bilan, 'beneficiary', await readSyntheseState(trx, bilan.id));
    return { comment: view.versions.flatMap((v) => v.comments).find((c) => c.id === id)! };
  });
}
