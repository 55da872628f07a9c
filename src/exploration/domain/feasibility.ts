/**
 * The computed feasibility of a piste (issue 13, decision 041), with its reasons in French: each
 * criterion assessed together (favourable +1, mitigé 0, défavorable −1), the skill gap against the
 * fiche (three quarters of the reference held: +1, under a third: −1, else 0), and every debriefed
 * enquête (strengthens +1, weakens −1, neutral 0). With fewer than two of these known, the level
 * is « à évaluer »; otherwise the mean decides: above ⅓ « élevée », below −⅓ « faible », else
 * « moyenne ». Never a bare score: the reasons say what counted.
 */
import {
  ASSESSMENT_LABELS,
  CRITERIA,
  CRITERION_LABELS,
  type Assessment,
  type Criterion,
  type DebriefEffect,
} from './model.ts';

export const FEASIBILITY_LEVELS = ['a_evaluer', 'faible', 'moyenne', 'elevee'] as const;
export type FeasibilityLevel = (typeof FEASIBILITY_LEVELS)[number];
export const FEASIBILITY_LEVEL_LABELS: Record<FeasibilityLevel, string> = {
  a_evaluer: 'À évaluer',
  faible: 'Faible',
  moyenne: 'Moyenne',
  elevee: 'Élevée',
};

export interface FeasibilityInput {
  assessments: Partial<Record<Criterion, Assessment | null>>;
  /** The coverage of the fiche's reference items (0–1), or null when the piste has no fiche. */
  coverage: number | null;
  debriefs: readonly { effect: DebriefEffect; label: string }[];
}

export interface Feasibility {
  level: FeasibilityLevel;
  label: string;
  reasons: string[];
}

const POINTS: Record<Assessment, number> = { favourable: 1, mixed: 0, unfavourable: -1 };
const EFFECT_POINTS: Record<DebriefEffect, number> = { strengthens: 1, neutral: 0, weakens: -1 };

export function feasibility(input: FeasibilityInput): Feasibility {
  const reasons: string[] = [];
  let total = 0;
  let known = 0;
  for (const criterion of CRITERIA) {
    const a = input.assessments[criterion];
    if (!a) continue;
    known++;
    total += POINTS[a];
    reasons.push(`${CRITERION_LABELS[criterion]} : ${ASSESSMENT_LABELS[a].toLowerCase()}.`);
  }
  if (input.coverage !== null) {
    known++;
    const percent = Math.round(input.coverage * 100);
    if (input.coverage >= 0.75) {
      total += 1;
      reasons.push(`Compétences clés du métier déjà acquises à ${percent} % : favorable.`);
    } else if (input.coverage < 1 / 3) {
      total -= 1;
      reasons.push(`Compétences clés du métier acquises à ${percent} % seulement : un écart important à combler.`);
    } else reasons.push(`Compétences clés du métier acquises à ${percent} % : un écart à combler.`);
  }
  for (const d of input.debriefs) {
    known++;
    total += EFFECT_POINTS[d.effect];
    const verb = d.effect === 'strengthens' ? 'renforce' : d.effect === 'weakens' ? 'affaiblit' : 'ne change pas';
    reasons.push(`${d.label} ${verb} la faisabilité.`);
  }
  let level: FeasibilityLevel;
  if (known < 2) {
    level = 'a_evaluer';
    reasons.push('Trop peu de critères renseignés pour conclure : complétez les critères ensemble.');
  } else {
    const mean = total / known;
    level = mean > 1 / 3 ? 'elevee' : mean < -1 / 3 ? 'faible' : 'moyenne';
  }
  return { level, label: FEASIBILITY_LEVEL_LABELS[level], reasons };
}
