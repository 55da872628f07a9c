/**
 * Frame C of the BPF (origin of income, excluding tax) by who paid the provider, mapped from the
 * bilan's financing (legal.md BPF-02; line 2.d as the Cerfa 10443*17 names it, « projets de
 * transition professionnelle », to check against the official notice). A financing without a line
 * is listed as a gap rather than counted somewhere.
 */
import type { Financing } from '../../financing/domain/catalog.ts';

export const PAYER_LINES = ['1', '2.d', '2.e', '2.h', '3', '7', '9', '11'] as const;
export type PayerLine = (typeof PAYER_LINES)[number];

export const PAYER_LINE_LABELS: Record<PayerLine, string> = {
  '1': 'Entreprises, pour la formation de leurs salariés',
  '2.d': 'Organismes gestionnaires des fonds de la formation : projets de transition professionnelle',
  '2.e': 'Organismes gestionnaires des fonds de la formation : compte personnel de formation (Caisse des dépôts)',
  '2.h':
    'Organismes gestionnaires des fonds de la formation : plan de développement des compétences ou autres dispositifs (OPCO)',
  '3': 'Pouvoirs publics : employeurs publics, pour la formation de leurs agents',
  '7': 'Pouvoirs publics : France Travail',
  '9': 'Personnes individuelles, à leurs propres frais',
  '11': 'Autres produits au titre de la formation professionnelle',
};

/** Who pays for each financing of a bilan. Line 11 has no financing of its own today. */
export const PAYER_LINE_OF: Record<Financing, PayerLine | null> = {
  employer_plan: '1',
  transitions_pro: '2.d',
  cpf: '2.e',
  opco: '2.h',
  public_agent: '3',
  france_travail: '7',
  self_funded: '9',
};

/**
 * Financing statuses after which the funder did not pay (refused, withdrawn, lapsed…): such a
 * bilan's price is not income; the page lists it for the admin to check what was invoiced.
 */
export const UNPAID_FINANCING_STATUSES: readonly string[] = [
  'refused',
  'declined',
  'abandoned',
  'request_lapsed',
  'cancelled',
  'withdrawn',
  'leave_refused',
  'proposal_expired',
];
