/** French labels of the financings and of the working-time answers. */
import type { Financing } from '../domain/catalog.ts';
import type { WorkingTime } from '../domain/prestation.ts';

export const FINANCING_LABELS: Record<Financing, string> = {
  cpf: 'Compte personnel de formation (CPF)',
  employer_plan: 'Plan de développement des compétences de l’employeur',
  opco: 'OPCO',
  transitions_pro: 'Transitions Pro',
  france_travail: 'France Travail',
  self_funded: 'Financement personnel',
  public_agent: 'Agent·e public·que (employeur public)',
};

export const WORKING_TIME_LABELS: Record<WorkingTime, string> = {
  during: 'Entièrement pendant le temps de travail',
  partly: 'En partie pendant le temps de travail',
  outside: 'En dehors du temps de travail',
  not_employed: 'Sans objet : la ou le bénéficiaire n’est pas salarié·e',
};
