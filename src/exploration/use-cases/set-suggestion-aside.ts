/**
 * The consultant sets a job suggestion aside for this bilan, with the reason (the dossier then
 * hides it), or brings it back (`reason: null`). A code the catalogue does not have is refused.
 * Audited (the code, not the reason). Only while the bilan is open. Answers the suggestions set aside.
 */
import { assertOpen, lockBilan } from '../../bilans/data/bilan-access.ts';
import { requireRole } from '../../platform/authorize.ts';
import { auditContext, type Actor, type Deps } from '../../platform/deps.ts';
import { AppError } from '../../shared/errors.ts';
import type { SetAside, SetAsideView } from '../contracts/schemas.ts';
import { findFiche } from '../data/catalogue-reads.ts';
import { readPistes } from '../data/exploration-views.ts';
import { restoreSuggestion, setSuggestionAside as recordSetAside } from '../data/set-aside-repository.ts';

export async function setSuggestionAside(
  deps: Deps,
  actor: Actor,
  bilanId: string,
  input: SetAside,
): Promise<{ setAside: SetAsideView[] }> {
  requireRole(actor, 'consultant');
  const now = deps.clock.now();
  if (input.reason !== null && !(await findFiche(deps.db, input.codeRome)))
    throw new AppError('validation_failed', {
      fields: { codeRome: `Le code ${input.codeRome} ne correspond à aucun métier du ROME.` },
    });
  return deps.db.transaction().execute(async (trx) => {
    const bilan = await lockBilan(trx, actor, bilanId, 'consultant');
    assertOpen(bilan);
    if (input.reason === null) await restoreSuggestion(trx, bilan.id, input.codeRome);
    else
      await recordSetAside(trx, {
        organisationId: bilan.organisation_id,
        bilanId: bilan.id,
        codeRome: input.codeRome,
        reason: input.reason,
        by: actor.userId,
        now,
      });
    await deps.audit.record(
      trx,
      auditContext(actor),
      {
        action: 'exploration.suggestion_set_aside',
        subjectType: 'bilan',
        subjectId: bilan.id,
        bilanId: bilan.id,
        details: { codeRome: input.codeRome, restored: input.reason === null },
      },
      now,
    );
    return { setAside: (await readPistes(trx, bilan.organisation_id, bilan.id)).setAside };
  });
}
