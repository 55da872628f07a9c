/**
 * Explained job suggestions from the ROME catalogue (issue 13, decision 040). Public (open data,
 * stateless): no actor, nothing stored. Called by `POST /api/catalog/suggestions`, and by other
 * capabilities with the same inputs (the dossier: the portfolio's competences, the RIASEC result's
 * tie groups, the experiences' jobs), which check their own reader first. Bounds are enforced here
 * too, whoever calls; without a catalogue the answer is empty and says why.
 */
import type { Deps } from '../../platform/deps.ts';
import { suggestionIndex } from '../data/suggestion-index-repository.ts';
import { RIASEC_LETTERS, type RiasecLetter } from '../domain/model.ts';
import { suggestJobs } from '../domain/suggestions/suggest.ts';
import { SUGGESTION_GROUP_LABELS, SUGGESTION_LIMITS, type JobSuggestions } from '../contracts/suggestions.ts';

export interface JobSuggestionInput {
  /** OGR codes of any item of the catalogue; unknown ones are listed back. */
  skills: readonly string[];
  /** "SIA" (1 to 3 letters), or a RIASEC result's tie groups ([['S', 'A'], ['E']]); absent: none. */
  riasec?: string | readonly (readonly RiasecLetter[])[] | null;
  /** Codes ROME of the jobs held. */
  jobsHeld?: readonly string[];
  /** Codes ROME of the jobs wished (the pistes most desired): their mobilities are followed too. */
  wishes?: readonly string[];
  exclude?: readonly string[];
  /** 1–20, default 10. */
  limit?: number;
}

function riasecGroups(riasec: JobSuggestionInput['riasec']): RiasecLetter[][] {
  if (!riasec) return [];
  const groups = typeof riasec === 'string' ? [...riasec.toUpperCase()].map((l) => [l]) : riasec.map((g) => [...g]);
  const seen = new Set<string>();
  const clean: RiasecLetter[][] = [];
  for (const group of groups) {
    const letters = group.filter(
      (l): l is RiasecLetter => (RIASEC_LETTERS as readonly string[]).includes(l) && !seen.has(l),
    );
    letters.forEach((l) => seen.add(l));
    if (letters.length > 0) clean.push(letters);
  }
  return clean;
}

export async function suggestCatalogueJobs(
  deps: Pick<Deps, 'db' | 'caches' | 'clock'>,
  input: JobSuggestionInput,
): Promise<JobSuggestions> {
  const index = await suggestionIndex(deps);
  if (!index)
    return {
      results: [],
      unknownSkills: [],
      notice: 'Le catalogue des métiers n’est pas encore installé : aucune suggestion possible pour le moment.',
    };
  const limit = Math.min(
    SUGGESTION_LIMITS.limit,
    Math.max(1, Math.trunc(input.limit ?? SUGGESTION_LIMITS.defaultLimit)),
  );
  const answer = suggestJobs(index, {
    skills: input.skills.slice(0, SUGGESTION_LIMITS.skills),
    riasec: riasecGroups(input.riasec),
    jobsHeld: (input.jobsHeld ?? []).slice(0, SUGGESTION_LIMITS.jobsHeld),
    wishes: (input.wishes ?? []).slice(0, SUGGESTION_LIMITS.wishes),
    exclude: (input.exclude ?? []).slice(0, SUGGESTION_LIMITS.exclude),
    limit,
  });
  return {
    ...answer,
    results: answer.results.map((r) => ({ ...r, groupLabel: SUGGESTION_GROUP_LABELS[r.group] })),
  };
}
