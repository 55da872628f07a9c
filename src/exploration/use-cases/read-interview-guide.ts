/**
 * The interview guide an enquête métier of this piste starts from (decision 041): questions built
 * from the piste's ROME fiche (activities, work contexts, access), or the general questions for a
 * piste without a fiche. The beneficiary and the consultant read it; a new interview starts from it.
 */
import { readBilan } from '../../bilans/data/bilan-access.ts';
import { notFound, requireRole } from '../../platform/authorize.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import type { GuideView } from '../contracts/schemas.ts';
import { guideFiche } from '../data/catalogue-reads.ts';
import { readExplorationRows } from '../data/exploration-read.ts';
import { interviewGuide } from '../domain/interview-guide.ts';

export async function readInterviewGuide(
  deps: Deps,
  actor: Actor,
  bilanId: string,
  pisteId: string,
): Promise<GuideView> {
  requireRole(actor, 'consultant', 'beneficiary');
  const bilan = await readBilan(deps.db, actor, bilanId, 'either');
  const piste = (await readExplorationRows(deps.db, bilan.organisation_id, bilan.id, pisteId)).pistes[0];
  if (!piste) notFound();
  const fiche = piste.code_rome ? await guideFiche(deps.db, piste.code_rome) : undefined;
  return {
    pisteId: piste.id,
    fiche: fiche && piste.code_rome ? { codeRome: piste.code_rome, label: fiche.label } : null,
    questions: interviewGuide(fiche ?? null),
  };
}
