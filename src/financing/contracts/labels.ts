/** French labels of the financings. */
import type { Financing } from '../domain/catalog.ts';

export const FINANCING_LABELS: Record<Financing, string> = {
  cpf: 'Compte personnel de formation (CPF)',
  employer_plan: 'Plan de développement des compétences de l’employeur',
  opco: 'OPCO',
  transitions_pro: 'Transitions Pro',
  france_travail: 'France Travail',
  self_funded: 'Financement personnel',
  public_agent: 'Agent·e public·que (employeur public)',
};
