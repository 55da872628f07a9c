/**
 * The beneficiary or the consultant saves a competence: a savoir, savoir-faire or savoir-être in
 * free words or linked to a ROME compétence or savoir (whose label is the default and whose kind
 * it takes), its level, whether the person wants to use it again, whether it transfers, its domain
 * and the experiences that prove it. The same competence twice in a bilan (same code, or the same
 * label whatever the accents and case) is refused with a message naming it. A stale revision
 * answers 409 with the current version. Only while the bilan is open; a refused save changes nothing.
 */
import { assertOpen, lockBilan } from '../../bilans/data/bilan-access.ts';
import { notFound, requireRole } from '../../platform/authorize.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { AppError } from '../../shared/errors.ts';
import { COMPETENCE_KIND_LABELS, type Competence, type CompetenceView } from '../contracts/schemas.ts';
import {
  findCompetence,
  findSameCompetence,
  insertCompetence,
  replaceEvidence,
  updateCompetence,
} from '../data/competence-repository.ts';
import { domainOf } from '../data/domain-repository.ts';
import { experiencesOf } from '../data/experience-repository.ts';
import { readCompetence } from '../data/portfolio-read.ts';
import { romeSkills } from '../data/rome-reference.ts';
import { labelKey } from '../domain/portfolio.ts';

export async function saveCompetence(
  deps: Deps,
  actor: Actor,
  bilanId: string,
  input: Competence,
): Promise<{ competence: CompetenceView }> {
  requireRole(actor, 'consultant', 'beneficiary');
  const now = deps.clock.now();
  const skill = input.codeOgr ? (await romeSkills(deps.db, [input.codeOgr])).get(input.codeOgr) : undefined;
  if (input.codeOgr && !skill)
    throw new AppError('validation_failed', {
      fields: {
        codeOgr: `Le code ROME ${input.codeOgr} ne correspond à aucune compétence ni à aucun savoir du catalogue : choisissez-la dans la liste, ou écrivez-la avec vos mots.`,
      },
    });
  if (skill && input.kind !== null && input.kind !== skill.kind)
    throw new AppError('validation_failed', {
      fields: {
        kind: `« ${skill.label} » est un ${COMPETENCE_KIND_LABELS[skill.kind].toLowerCase()} dans le ROME : choisissez « ${COMPETENCE_KIND_LABELS[skill.kind]} ».`,
      },
    });
  const label = input.label ?? skill!.label;
  const fields = {
    kind: input.kind ?? skill!.kind,
    label,
    labelKey: labelKey(label),
    codeOgr: input.codeOgr,
    level: input.level,
    wantsToUse: input.wantsToUse,
    transferable: input.transferable,
    domainId: input.domainId,
  };
  return deps.db.transaction().execute(async (trx) => {
    const bilan = await lockBilan(trx, actor, bilanId, 'either');
    assertOpen(bilan);
    const existing = input.id ? await findCompetence(trx, bilan.id, input.id) : undefined;
    if (existing && existing.revision !== input.revision)
      throw new AppError('portfolio_stale', { details: { current: await readCompetence(trx, existing.id) } });
    // A revision above 0 names a competence deleted in the meantime (or never there).
    if (!existing && input.revision !== 0) notFound();
    const problems: Record<string, string> = {};
    if (fields.domainId && !(await domainOf(trx, bilan.id, fields.domainId)))
      problems.domainId = 'Ce domaine n’existe plus dans le portefeuille : choisissez-en un autre.';
    const experienceIds = input.experienceIds ? [...new Set(input.experienceIds)] : undefined;
    if (experienceIds && (await experiencesOf(trx, bilan.id, experienceIds)).size !== experienceIds.length)
      problems.experienceIds = 'Une des expériences choisies n’existe plus dans le portefeuille : rechargez la page.';
    if (Object.keys(problems).length > 0) throw new AppError('validation_failed', { fields: problems });
    const same = await findSameCompetence(trx, bilan.id, {
      codeOgr: fields.codeOgr,
      labelKey: fields.labelKey,
      except: existing?.id,
    });
    if (same) {
      const field = same.label_key === fields.labelKey || !input.codeOgr ? 'label' : 'codeOgr';
      throw new AppError('portfolio_duplicate_competence', {
        message: `« ${same.label} » figure déjà dans le portefeuille.`,
        fields: {
          [field]: `« ${same.label} » figure déjà dans le portefeuille : complétez-la plutôt que de l’ajouter une seconde fois.`,
        },
        details: { existingId: same.id },
      });
    }
    let id: string;
    if (existing) {
      await updateCompetence(trx, existing.id, { by: actor.userId, now, fields });
      id = existing.id;
    } else {
      const created = await insertCompetence(trx, {
        id: input.id,
        organisationId: bilan.organisation_id,
        bilanId: bilan.id,
        by: actor.userId,
        now,
        origin: input.origin,
        fields,
      });
      if (!created) notFound();
      id = created;
    }
    if (experienceIds)
      await replaceEvidence(trx, {
        organisationId: bilan.organisation_id,
        bilanId: bilan.id,
        competenceId: id,
        experienceIds,
      });
    return { competence: await readCompetence(trx, id) };
  });
}
