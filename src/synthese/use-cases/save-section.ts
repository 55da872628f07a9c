/**
 * The consultant saves one section's whole text with the revision they edited; a stale revision
 * answers 409 with the section as saved in the meantime (decision 043). Only while the bilan is
 * open and the synthesis not approved.
 */
import { assertOpen, lockBilan } from '../../bilans/data/bilan-access.ts';
import { requireRole } from '../../platform/authorize.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { AppError } from '../../shared/errors.ts';
import type { SaveSection, SyntheseDraftSectionView } from '../contracts/schemas.ts';
import { ensureSynthese, findSection, writeSection } from '../data/synthese-repository.ts';
import { readDraftSection } from '../data/synthese-view.ts';
import { findApproval } from '../data/version-repository.ts';
import type { SyntheseSectionKey } from '../domain/content.ts';

export async function saveSection(
  deps: Deps,
  actor: Actor,
  bilanId: string,
  key: SyntheseSectionKey,
  input: SaveSection,
): Promise<{ section: SyntheseDraftSectionView }> {
  requireRole(actor, 'consultant');
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const bilan = await lockBilan(trx, actor, bilanId, 'consultant');
    assertOpen(bilan);
    const synthese = await ensureSynthese(trx, bilan, now);
    if (await findApproval(trx, synthese.id)) throw new AppError('synthese_already_approved');
    const current = await findSection(trx, synthese.id, key);
    const revision = current?.revision ?? 0;
    if (input.revision !== revision)
      throw new AppError('synthese_stale', { details: { current: await readDraftSection(trx, bilan, key) } });
    if (current?.text !== input.text)
      await writeSection(trx, synthese, key, { text: input.text, by: actor.userId, now, previousRevision: revision });
    return { section: await readDraftSection(trx, bilan, key) };
  });
}
