/**
 * The consultant reads the draft with its pre-filled proposals, every version, the comments and
 * the delivery; the beneficiary reads the published versions only, with their comments and what
 * changed from one to the next (decision 043). Readable after the bilan has ended. The
 * consultant's read is audited (`content.read`, decision 049).
 */
import { readBilan } from '../../bilans/data/bilan-access.ts';
import { requireRole } from '../../platform/authorize.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import type { SyntheseView } from '../contracts/schemas.ts';
import { buildSyntheseView, readSyntheseState } from '../data/synthese-view.ts';

export async function getSynthese(deps: Deps, actor: Actor, bilanId: string): Promise<SyntheseView> {
  requireRole(actor, 'consultant', 'beneficiary');
  const bilan = await readBilan(deps.db, actor, bilanId, 'either');
  const state = await readSyntheseState(deps.db, bilan.id);
  await deps.audit.recordRead(
    deps.db,
    actor,
    { bilanId: bilan.id, category: 'synthese', subjectType: 'bilan', subjectId: bilan.id },
    deps.clock.now(),
  );
  return buildSyntheseView(deps.db, bilan, actor.role === 'consultant' ? 'consultant' : 'beneficiary', state);
}
