/**
 * ROME proposals for an experience (issue 12 § 3): the compétences and savoirs of the fiche of
 * its appellation, grouped by macro-compétence, core-of-job ones first, without those the
 * portfolio already holds or the person rejected. Nothing enters the portfolio here: the person
 * keeps or rejects them (`decideProposals`). An experience without appellation, or whose
 * appellation the catalogue no longer has, gets no proposals. Readable after the bilan has ended.
 */
import { readBilan } from '../../bilans/data/bilan-access.ts';
import { notFound, requireRole } from '../../platform/authorize.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import type { ProposalsView } from '../contracts/schemas.ts';
import { decidedCodes } from '../data/competence-repository.ts';
import { readExperienceWithJob } from '../data/experience-repository.ts';
import { ficheItems } from '../data/rome-reference.ts';
import { groupProposals } from '../domain/proposals.ts';

export async function proposeCompetences(
  deps: Deps,
  actor: Actor,
  bilanId: string,
  experienceId: string,
): Promise<ProposalsView> {
  requireRole(actor, 'consultant', 'beneficiary');
  const bilan = await readBilan(deps.db, actor, bilanId, 'either');
  const experience = await readExperienceWithJob(deps.db, bilan.organisation_id, bilan.id, experienceId);
  if (!experience) notFound();
  const { code_ogr: codeOgr, label, code_rome: codeRome, fiche_label: ficheLabel } = experience;
  if (codeOgr === null || label === null || codeRome === null || ficheLabel === null)
    return { experienceId: experience.id, appellation: null, groups: [] };
  const [items, decided] = await Promise.all([
    ficheItems(deps.db, deps.caches, codeRome, deps.clock.now().getTime()),
    decidedCodes(deps.db, bilan.id),
  ]);
  return {
    experienceId: experience.id,
    appellation: { codeOgr, label, codeRome, ficheLabel },
    groups: groupProposals(items, decided),
  };
}
