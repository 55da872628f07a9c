/**
 * The person decides on the savoir-être proposed from the questionnaire and the 360°, in one
 * transaction: each one kept becomes a savoir-être competence under its name, with the origin of
 * its proposal (questionnaire or 360°); each one rejected is remembered and not proposed again.
 * Keeping one that is not proposed (any more) is refused with nothing saved. Only while the bilan
 * is open.
 */
import { assertOpen, lockBilan } from '../../bilans/data/bilan-access.ts';
import { requireRole } from '../../platform/authorize.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { AppError } from '../../shared/errors.ts';
import type { DecidedProposals, DecideSavoirEtre } from '../contracts/schemas.ts';
import { decidedCodes, forgetRejections, insertCompetence, rejectProposals } from '../data/competence-repository.ts';
import { readCompetences } from '../data/portfolio-read.ts';
import { readSavoirEtreRatings } from '../data/savoir-etre-ratings.ts';
import { labelKey } from '../domain/portfolio.ts';
import { proposeSavoirEtre, savoirEtreProposal } from '../domain/savoir-etre-proposals.ts';

export async function decideSavoirEtre(
  deps: Deps,
  actor: Actor,
  bilanId: string,
  input: DecideSavoirEtre,
): Promise<DecidedProposals> {
  requireRole(actor, 'consultant', 'beneficiary');
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const bilan = await lockBilan(trx, actor, bilanId, 'either');
    assertOpen(bilan);
    const decided = await decidedCodes(trx, bilan.id);
    const proposed = new Map(
      proposeSavoirEtre(await readSavoirEtreRatings(trx, bilan.id), { ...decided, rejected: new Set() }).map((p) => [
        p.skillId,
        p,
      ]),
    );
    const keep = [...new Set(input.keep)];
    const missing = input.keep.findIndex((id) => !proposed.has(id));
    if (missing >= 0)
      throw new AppError('validation_failed', {
        fields: {
          [`keep.${missing}`]:
            'Ce savoir-être n’est pas (ou plus) proposé : il est peut-être déjà dans le portefeuille. Rechargez la page.',
        },
      });
    const created: string[] = [];
    for (const skillId of keep) {
      const proposal = proposed.get(skillId)!;
      const id = await insertCompetence(trx, {
        organisationId: bilan.organisation_id,
        bilanId: bilan.id,
        by: actor.userId,
        now,
        origin: proposal.origin,
        fields: {
          kind: 'savoir_etre',
          label: proposal.label,
          labelKey: labelKey(proposal.label),
          codeOgr: null,
          level: null,
          wantsToUse: null,
          transferable: false,
          domainId: null,
        },
      });
      created.push(id!);
    }
    await forgetRejections(trx, bilan.id, keep.map(savoirEtreProposal));
    const reject = [...new Set(input.reject)];
    await rejectProposals(trx, {
      organisationId: bilan.organisation_id,
      bilanId: bilan.id,
      by: actor.userId,
      now,
      codes: reject.map(savoirEtreProposal),
    });
    return { created: await readCompetences(trx, created), linked: [], rejected: reject };
  });
}
