/**
 * The beneficiary's category of the BPF's frame F-1 (Cerfa 10443, legal.md BPF-02), recorded on
 * each bilan. Pre-filled from the financing when it says who the person is; the CPF says nothing
 * (an employee and a job seeker both use it), so the consultant chooses.
 */
import type { Financing } from '../../financing/domain/catalog.ts';

export const BENEFICIARY_CATEGORIES = [
  'salarie_prive',
  'apprenti',
  'demandeur_emploi',
  'particulier',
  'autre',
] as const;
export type BeneficiaryCategory = (typeof BENEFICIARY_CATEGORIES)[number];

/** The line letter of frame F-1. */
export const CATEGORY_LINES: Record<BeneficiaryCategory, string> = {
  salarie_prive: 'a',
  apprenti: 'b',
  demandeur_emploi: 'c',
  particulier: 'd',
  autre: 'e',
};

/** The Cerfa's wording of each line. */
export const CATEGORY_LABELS: Record<BeneficiaryCategory, string> = {
  salarie_prive: 'Salarié·es d’employeurs privés (hors apprentis)',
  apprenti: 'Apprenti·es',
  demandeur_emploi: 'Personnes en recherche d’emploi',
  particulier: 'Particuliers à leurs propres frais',
  autre: 'Autres stagiaires (agents publics, travailleurs non salariés…)',
};

/** The category the financing implies, or null when it does not say (the CPF). */
export function defaultCategory(financing: Financing): BeneficiaryCategory | null {
  switch (financing) {
    case 'employer_plan':
    case 'opco':
    case 'transitions_pro':
      return 'salarie_prive';
    case 'france_travail':
      return 'demandeur_emploi';
    case 'self_funded':
      return 'particulier';
    case 'public_agent':
      return 'autre';
    case 'cpf':
      return null;
  }
}
