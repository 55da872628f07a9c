/**
 * Explained job suggestions (issue 13, decision 040): `POST /api/catalog/suggestions`. Public and
 * stateless: the body carries OGR codes and a RIASEC code, nothing that names a person, and
 * nothing is stored. Every list is bounded here so that no request is slow.
 */
import { z } from 'zod';
import type { SuggestionGroup } from '../domain/suggestions/suggest.ts';

export const SUGGESTION_LIMITS = {
  /** A portfolio rarely reaches 150 items; 500 leaves room and bounds the work. */
  skills: 500,
  /** More than the 1 584 fiches of ROME v460 (and v461's 1 911): « everything excluded » is allowed. */
  exclude: 2_500,
  jobsHeld: 50,
  wishes: 50,
  limit: 20,
  defaultLimit: 10,
} as const;

/** An OGR code as the export writes it: decimal digits (any other text is listed as unknown). */
const skillCode = z
  .string({ error: 'Chaque compétence doit être un code OGR écrit en texte, par exemple "100123".' })
  .trim()
  .min(1, 'Un code de compétence est vide.')
  .max(20, 'Un code de compétence dépasse 20 caractères : un code OGR compte au plus 6 chiffres.');

const codeRome = (what: string) =>
  z
    .string({ error: `${what} doit être un code ROME écrit en texte, par exemple "D1102".` })
    .trim()
    .regex(/^[A-Za-z]\d{4}$/, `${what} doit être un code ROME : une lettre et quatre chiffres, par exemple "D1102".`)
    .transform((v) => v.toUpperCase());

export const SuggestionsBodySchema = z.object({
  skills: z
    .array(skillCode, { error: 'Les compétences doivent être une liste de codes OGR.' })
    .max(
      SUGGESTION_LIMITS.skills,
      `Au plus ${SUGGESTION_LIMITS.skills} compétences : gardez les plus significatives du portefeuille.`,
    ),
  riasec: z
    .string({ error: 'Le code RIASEC doit être un texte de 1 à 3 lettres, par exemple "SIA".' })
    .trim()
    .transform((v) => v.toUpperCase())
    .refine(
      (v) => /^[RIASEC]{1,3}$/.test(v),
      'Le code RIASEC doit compter 1 à 3 lettres parmi R, I, A, S, E et C, par exemple "SIA".',
    )
    .refine((v) => new Set(v).size === v.length, 'Le code RIASEC ne doit pas répéter une lettre.')
    .optional(),
  exclude: z
    .array(codeRome('Un métier exclu'), { error: 'Les métiers exclus doivent être une liste de codes ROME.' })
    .max(SUGGESTION_LIMITS.exclude, `Au plus ${SUGGESTION_LIMITS.exclude} métiers exclus.`)
    .optional()
    .default([]),
  jobsHeld: z
    .array(codeRome('Un métier exercé'), { error: 'Les métiers exercés doivent être une liste de codes ROME.' })
    .max(SUGGESTION_LIMITS.jobsHeld, `Au plus ${SUGGESTION_LIMITS.jobsHeld} métiers exercés.`)
    .optional()
    .default([]),
  wishes: z
    .array(codeRome('Un métier souhaité'), { error: 'Les métiers souhaités doivent être une liste de codes ROME.' })
    .max(SUGGESTION_LIMITS.wishes, `Au plus ${SUGGESTION_LIMITS.wishes} métiers souhaités.`)
    .optional()
    .default([]),
  limit: z
    .number({ error: `Le nombre de suggestions doit être un entier entre 1 et ${SUGGESTION_LIMITS.limit}.` })
    .int(`Le nombre de suggestions doit être un entier entre 1 et ${SUGGESTION_LIMITS.limit}.`)
    .min(1, `Le nombre de suggestions doit être un entier entre 1 et ${SUGGESTION_LIMITS.limit}.`)
    .max(SUGGESTION_LIMITS.limit, `Le nombre de suggestions doit être un entier entre 1 et ${SUGGESTION_LIMITS.limit}.`)
    .optional()
    .default(SUGGESTION_LIMITS.defaultLimit),
});
export type SuggestionsBody = z.output<typeof SuggestionsBodySchema>;

export const SUGGESTION_GROUP_LABELS: Record<SuggestionGroup, string> = {
  proche: 'Proche de ce que vous faites',
  nouveau_domaine: 'Mêmes intérêts, nouveau domaine',
  evolution: 'Évolution',
};

export interface SuggestedSkill {
  codeOgr: string;
  label: string;
}

export interface JobSuggestion {
  codeRome: string;
  label: string;
  /** 0–100 relative to the best suggestion of the answer; never shown without its reasons. */
  score: number;
  group: SuggestionGroup;
  /** French: « Proche de ce que vous faites »… */
  groupLabel: string;
  reasons: string[];
  sharedSkills: SuggestedSkill[];
  missingCoreSkills: SuggestedSkill[];
}

export interface JobSuggestions {
  /** Best first. */
  results: JobSuggestion[];
  /** Codes the catalogue does not know (listed, not an error). */
  unknownSkills: string[];
  /** Why the list is empty, in French; null when there are results. */
  notice: string | null;
}
