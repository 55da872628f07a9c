/**
 * The beneficiary or the consultant saves a piste: a ROME fiche, an appellation (its fiche
 * derived), a project in free words or a business creation; the desire and its why, the
 * feasibility criteria, the factors and the status (écartée needs its reason). Created from a
 * suggestion (its reasons kept as the origin) or a job sheet, or by hand. The same fiche or
 * appellation twice is refused with the piste that holds it; a stale revision answers 409 with
 * the current version. Only while the bilan is open; a refused save changes nothing.
 */
import { assertOpen, lockBilan } from '../../bilans/data/bilan-access.ts';
import { notFound, requireRole } from '../../platform/authorize.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { AppError } from '../../shared/errors.ts';
import type { Piste, PisteView } from '../contracts/schemas.ts';
import { findAppellation, findFiche } from '../data/catalogue-reads.ts';
import { readPiste } from '../data/exploration-views.ts';
import { findPiste, findSamePiste, insertPiste, updatePiste } from '../data/piste-repository.ts';
import { countItems } from '../data/tracked-rows.ts';
import { LIMITS } from '../domain/model.ts';

export async function savePiste(
  deps: Deps,
  actor: Actor,
  bilanId: string,
  input: Piste,
): Promise<{ piste: PisteView }> {
  requireRole(actor, 'consultant', 'beneficiary');
  const now = deps.clock.now();
  // Only an appellation piste names an appellation; its fiche is the appellation's.
  const appellationCode = input.kind === 'appellation' ? input.appellationCode : null;
  const appellation = appellationCode ? await findAppellation(deps.db, appellationCode) : undefined;
  if (appellationCode && !appellation)
    throw new AppError('validation_failed', {
      fields: {
        appellationCode: `Le code ${appellationCode} ne correspond à aucune appellation du ROME : choisissez-la dans la liste.`,
      },
    });
  const codeRome = appellation ? appellation.codeRome : input.codeRome;
  const fiche = codeRome ? await findFiche(deps.db, codeRome) : undefined;
  if (codeRome && !fiche)
    throw new AppError('validation_failed', {
      fields: { codeRome: `Le code ${codeRome} ne correspond à aucun métier du ROME : choisissez-le dans la liste.` },
    });
  const fields = {
    kind: input.kind,
    codeRome,
    appellationCode,
    title: input.title ?? appellation?.label ?? fiche!.label,
    description: input.description,
    desire: input.desire,
    desireWhy: input.desireWhy,
    criteria: input.criteria,
    favourableFactors: input.favourableFactors,
    unfavourableFactors: input.unfavourableFactors,
    status: input.status,
    statusReason: input.statusReason,
  };
  return deps.db.transaction().execute(async (trx) => {
    const bilan = await lockBilan(trx, actor, bilanId, 'either');
    assertOpen(bilan);
    const existing = input.id ? await findPiste(trx, bilan.id, input.id) : undefined;
    if (existing && existing.revision !== input.revision)
      throw new AppError('exploration_stale', {
        details: { current: await readPiste(trx, bilan.organisation_id, bilan.id, existing.id) },
      });
    // A revision above 0 names a piste deleted in the meantime (or never there).
    if (!existing && input.revision !== 0) notFound();
    const same = await findSamePiste(trx, bilan.id, { ...fields, except: existing?.id });
    if (same)
      throw new AppError('exploration_duplicate_piste', {
        message: `« ${same.title} » figure déjà parmi les pistes.`,
        fields: {
          [fields.kind === 'appellation' ? 'appellationCode' : 'codeRome']:
            `« ${same.title} » figure déjà parmi les pistes : complétez-la plutôt que de l’ajouter une seconde fois.`,
        },
        details: { existingId: same.id },
      });
    let id: string;
    if (existing) {
      await updatePiste(trx, existing.id, { by: actor.userId, now, fields });
      id = existing.id;
    } else {
      if ((await countItems(trx, 'exploration_pistes', { bilanId: bilan.id })) >= LIMITS.pistes)
        throw new AppError('exploration_too_many', {
          message: `Le bilan compte déjà ${LIMITS.pistes} pistes : écartez-en ou supprimez-en avant d’en ajouter.`,
        });
      const created = await insertPiste(trx, {
        id: input.id,
        organisationId: bilan.organisation_id,
        bilanId: bilan.id,
        by: actor.userId,
        now,
        origin: input.origin,
        originReasons: input.originReasons,
        fields,
      });
      if (!created) notFound();
      id = created;
    }
    return { piste: await readPiste(trx, bilan.organisation_id, bilan.id, id) };
  });
}
