/**
 * The dossier's explained job suggestions (`GET /api/bilans/:id/exploration/suggestions`): the
 * catalogue's engine over the portfolio, the RIASEC result and the jobs held; set-aside
 * suggestions are not in `results` (the exploration lists them in `setAside`).
 */
import { get } from '../../shared/api/endpoint.ts';
import { uuidParam } from '../../shared/fields.ts';

export interface Suggestion {
  codeRome: string;
  label: string;
  score: number;
  group: string;
  groupLabel: string;
  /** In French: why this job (never shown as a bare score). */
  reasons: string[];
  sharedSkills: { codeOgr: string; label: string }[];
  missingCoreSkills: { codeOgr: string; label: string }[];
  /** The piste already made of it, if any. */
  pisteId: string | null;
}

export interface SuggestionsView {
  results: Suggestion[];
  unknownSkills: string[];
  notice?: string;
  basis: { competences: number; riasec: string | null; jobsHeld: number };
}

export const suggestionsEndpoint = get('/bilans/:id/exploration/suggestions', {
  params: { id: uuidParam },
}).returns<SuggestionsView>();
