/**
 * French labels of intake values (issue 3): leads, the entretien préalable.
 */
import type { LeadSource } from '../domain/leads.ts';
import type { OfferModality } from '../../organisation/domain/offers.ts';
import { OFFER_MODALITY_LABELS } from '../../organisation/contracts/labels.ts';
import type { LeadStatus } from '../domain/status.ts';

export const LEAD_MODALITY_LABELS: Record<OfferModality | 'no_preference', string> = {
  ...OFFER_MODALITY_LABELS,
  no_preference: 'Sans préférence',
};

export const LEAD_SOURCE_LABELS: Record<LeadSource, string> = {
  search_engine: 'Moteur de recherche',
  word_of_mouth: 'Bouche-à-oreille',
  social_network: 'Réseaux sociaux',
  employer: 'Mon employeur',
  advisor: 'Un·e conseiller·e (CEP, France Travail, mission locale…)',
  mon_compte_formation: 'Mon Compte Formation',
  event: 'Salon, atelier ou réunion d’information',
  other: 'Autre',
};

export const LEAD_STATUS_LABELS: Record<LeadStatus, string> = {
  new: 'Nouvelle',
  contacted: 'Contactée',
  interview_planned: 'Entretien préalable planifié',
  interview_done: 'Entretien préalable réalisé',
  redirected: 'Orientée vers un autre dispositif',
  converted: 'Convertie en bilan',
  closed: 'Sans suite',
};

export const REDIRECTION_LABELS: Record<'cep' | 'vae' | 'coaching' | 'formation' | 'autre', string> = {
  cep: 'Conseil en évolution professionnelle (CEP)',
  vae: 'Validation des acquis de l’expérience (VAE)',
  coaching: 'Coaching',
  formation: 'Formation',
  autre: 'Autre dispositif',
};

export const INTERVIEW_MODE_LABELS: Record<'in_person' | 'remote' | 'phone', string> = {
  in_person: 'En présentiel',
  remote: 'En visioconférence',
  phone: 'Par téléphone',
};

export const LEAD_ACTION_LABELS: Record<'mark_contacted' | 'close' | 'reopen', string> = {
  mark_contacted: 'Marquer comme contactée',
  close: 'Classer sans suite',
  reopen: 'Rouvrir la demande',
};
