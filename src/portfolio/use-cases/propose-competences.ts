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
import { readExperienceRow } from '../data/experience-repository.ts';
import { ficheItems, findAppellation } from '../data/rome-reference.ts';
import { groupProposals } from '../domain/proposals.ts';

export async function proposeCompetences(
  deps: Deps,
  actor: Actor,
  bilanId: string,
  experienceId: string,
): Promise<ProposalsView> {
  requireRole(actor, 'consultant', 'beneficiary');
  const bilan = await readBilan(deps.db, actor, bilanId, 'either');
  const experience = await readExperienceRow(deps.db, bilan.organisation_id, bilan.id, experienceId);
  if (!experience) notFound();
  const none: ProposalsView = { experienceId: experience.id, appellation: null, groups: [] };
  if (!experience.appellation_code_ogr) return none;
  const appellation = await findAppellation(deps.db, experience.appellation_code_ogr);
  if (!appellation) return none;
  const [items, decided] = await Promise.all([
    ficheItems(deps.db, appellation.code_rome),
    decidedCodes(deps.db, bilan.id),
  ]);
  return {
    experienceId: experience.id,
    appellation: {
      codeOgr: appellation.code_ogr,
      label: appellation.label,
      codeRome: appellation.code_rome,
      ficheLabel: appellation.fiche_label,
    },
    groups: groupProposals(items, decided),
  };
}
