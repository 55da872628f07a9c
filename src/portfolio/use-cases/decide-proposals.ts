/**
 * The person decides on ROME proposals for an experience, in one transaction: each code kept
 * becomes a competence (origin ROME, the catalogue's label and kind) proven by the experience, or,
 * when the portfolio already has it (same code or same label), that competence is linked to the
 * experience; each code rejected is remembered and not proposed again in this bilan. A kept code
 * the catalogue does not have is refused (422, nothing saved). Only while the bilan is open.
 */
import { assertOpen, lockBilan } from '../../bilans/data/bilan-access.ts';
import { notFound, requireRole } from '../../platform/authorize.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { AppError } from '../../shared/errors.ts';
import type { DecidedProposals, DecideProposals } from '../contracts/schemas.ts';
import {
  addEvidence,
  decidedCodes,
  forgetRejections,
  insertCompetence,
  rejectProposals,
} from '../data/competence-repository.ts';
import { findExperience } from '../data/experience-repository.ts';
import { readCompetences } from '../data/portfolio-read.ts';
import { romeSkills } from '../data/rome-reference.ts';
import { labelKey } from '../domain/portfolio.ts';

export async function decideProposals(
  deps: Deps,
  actor: Actor,
  bilanId: string,
  experienceId: string,
  input: DecideProposals,
): Promise<DecidedProposals> {
  requireRole(actor, 'consultant', 'beneficiary');
  const now = deps.clock.now();
  const keep = [...new Set(input.keep)];
  const skills = await romeSkills(deps.db, keep);
  const unknown = keep.findIndex((code) => !skills.has(code));
  if (unknown >= 0)
    throw new AppError('validation_failed', {
      fields: {
        [`keep.${input.keep.indexOf(keep[unknown]!)}`]: `Le code ROME ${keep[unknown]} ne correspond à aucune compétence ni à aucun savoir du catalogue.`,
      },
    });
  return deps.db.transaction().execute(async (trx) => {
    const bilan = await lockBilan(trx, actor, bilanId, 'either');
    assertOpen(bilan);
    const experience = await findExperience(trx, bilan.id, experienceId);
    if (!experience) notFound();
    const decided = await decidedCodes(trx, bilan.id);
    const created: string[] = [];
    const linked: string[] = [];
    for (const code of keep) {
      const skill = skills.get(code)!;
      const key = labelKey(skill.label);
      const already = decided.byCode.get(code) ?? decided.byKey.get(key);
      if (already) {
        linked.push(already);
        continue;
      }
      const id = await insertCompetence(trx, {
        organisationId: bilan.organisation_id,
        bilanId: bilan.id,
        by: actor.userId,
        now,
        origin: 'rome',
        fields: {
          kind: skill.kind,
          label: skill.label,
          labelKey: key,
          codeOgr: code,
          level: null,
          wantsToUse: null,
          transferable: false,
          domainId: null,
        },
      });
      created.push(id!);
      decided.byCode.set(code, id!);
      decided.byKey.set(key, id!);
    }
    await addEvidence(trx, {
      organisationId: bilan.organisation_id,
      bilanId: bilan.id,
      links: [...created, ...linked].map((competenceId) => ({ competenceId, experienceId: experience.id })),
    });
    await forgetRejections(trx, bilan.id, keep);
    const reject = [...new Set(input.reject)];
    await rejectProposals(trx, {
      organisationId: bilan.organisation_id,
      bilanId: bilan.id,
      by: actor.userId,
      now,
      codes: reject,
    });
    return { created: await readCompetences(trx, created), linked: [...new Set(linked)], rejected: reject };
  });
}
