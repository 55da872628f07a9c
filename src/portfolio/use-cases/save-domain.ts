/**
 * The beneficiary or the consultant saves one of the beneficiary's own domains of competence
 * (« Relation et accueil », « Gestion »…), possibly started from a ROME macro-compétence. Two
 * domains of a bilan cannot share a name (whatever the accents and case). A stale revision answers
 * 409 with the current version. Only while the bilan is open.
 */
import { assertOpen, lockBilan } from '../../bilans/data/bilan-access.ts';
import { notFound, requireRole } from '../../platform/authorize.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { AppError } from '../../shared/errors.ts';
import type { Domain, DomainView } from '../contracts/schemas.ts';
import { findDomain, findSameDomain, insertDomain, updateDomain } from '../data/domain-repository.ts';
import { readDomain } from '../data/portfolio-read.ts';
import { romeSkills } from '../data/rome-reference.ts';
import { labelKey } from '../domain/portfolio.ts';

export async function saveDomain(
  deps: Deps,
  actor: Actor,
  bilanId: string,
  input: Domain,
): Promise<{ domain: DomainView }> {
  requireRole(actor, 'consultant', 'beneficiary');
  const now = deps.clock.now();
  if (input.macroCodeOgr && !(await romeSkills(deps.db, [input.macroCodeOgr])).get(input.macroCodeOgr)?.macro)
    throw new AppError('validation_failed', {
      fields: {
        macroCodeOgr: `Le code ROME ${input.macroCodeOgr} ne correspond à aucune macro-compétence du catalogue.`,
      },
    });
  const fields = { label: input.label, labelKey: labelKey(input.label), macroCodeOgr: input.macroCodeOgr };
  return deps.db.transaction().execute(async (trx) => {
    const bilan = await lockBilan(trx, actor, bilanId, 'either');
    assertOpen(bilan);
    const existing = input.id ? await findDomain(trx, bilan.id, input.id) : undefined;
    if (existing && existing.revision !== input.revision)
      throw new AppError('portfolio_stale', { details: { current: await readDomain(trx, existing.id) } });
    if (!existing && input.revision !== 0) notFound();
    const same = await findSameDomain(trx, bilan.id, fields.labelKey, existing?.id);
    if (same)
      throw new AppError('portfolio_duplicate_domain', {
        fields: { label: `Le domaine « ${same.label} » existe déjà : choisissez un autre nom.` },
        details: { existingId: same.id },
      });
    let id: string;
    if (existing) {
      await updateDomain(trx, existing.id, { by: actor.userId, now, fields });
      id = existing.id;
    } else {
      const created = await insertDomain(trx, {
        id: input.id,
        organisationId: bilan.organisation_id,
        bilanId: bilan.id,
        by: actor.userId,
        now,
        fields,
      });
      if (!created) notFound();
      id = created;
    }
    return { domain: await readDomain(trx, id) };
  });
}
