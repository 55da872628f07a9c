/**
 * The dossier's job suggestions (issue 13, decision 040): the catalogue's engine fed with the
 * bilan's portfolio (competences linked to ROME), the jobs held (professional experiences'
 * appellations) and the RIASEC result (its tie groups; left out when the profile is flat, as the
 * RIASEC report warns) and the pistes most desired (4 or 5 out of 5, not set aside): their
 * mobilities are followed as wishes. Suggestions the consultant set aside are left out (the exploration lists
 * them with their reason); one that already became a piste says which. For the bilan's
 * beneficiary and consultant only (admins 403, others 404); nothing is stored.
 */
import { readBilan } from '../../bilans/data/bilan-access.ts';
import { suggestCatalogueJobs } from '../../catalog/use-cases/suggest-catalogue-jobs.ts';
import { scoreRiasec } from '../../instruments/domain/riasec/scoring.ts';
import { requireRole } from '../../platform/authorize.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import type { PisteSuggestionsView } from '../contracts/schemas.ts';
import { readSuggestionBasis } from '../data/suggestion-basis.ts';

/** A piste desired this much (out of 5) is a wish whose neighbours are worth suggesting. */
const WISHED_FROM = 4;

export async function suggestPistes(deps: Deps, actor: Actor, bilanId: string): Promise<PisteSuggestionsView> {
  requireRole(actor, 'consultant', 'beneficiary');
  const bilan = await readBilan(deps.db, actor, bilanId, 'either');
  const basis = await readSuggestionBasis(deps.db, bilan.organisation_id, bilan.id);
  const riasec = basis.riasecAnswers ? scoreRiasec(basis.riasecAnswers) : null;
  const scored = riasec?.status === 'scored' ? riasec : null;
  const usable = scored !== null && !scored.flags.flatLowProfile;
  const wishes = basis.pistes
    .filter((p) => p.status !== 'ecartee' && p.desire !== null && p.desire >= WISHED_FROM)
    .map((p) => p.codeRome);
  const answer = await suggestCatalogueJobs(deps, {
    skills: basis.skills,
    riasec: usable ? scored.code.groups : null,
    jobsHeld: basis.jobsHeld,
    wishes,
    exclude: basis.setAside,
  });
  const pisteOf = new Map(basis.pistes.map((p) => [p.codeRome, p.id]));
  return {
    results: answer.results.map((r) => ({ ...r, pisteId: pisteOf.get(r.codeRome) ?? null })),
    unknownSkills: answer.unknownSkills,
    ...(answer.notice ? { notice: answer.notice } : {}),
    basis: {
      competences: basis.skills.length,
      riasec: usable ? scored.code.display : null,
      jobsHeld: basis.jobsHeld.length,
      wishes: wishes.length,
      riasecNote:
        scored && !usable
          ? 'Le profil RIASEC est plat et peu marqué : il n’est pas pris en compte dans les suggestions.'
          : null,
    },
  };
}
