/**
 * What a lead says about itself and what the entretien préalable records.
 */
import { OFFER_MODALITIES } from '../../organisation/domain/offers.ts';

export const LEAD_MODALITIES = [...OFFER_MODALITIES, 'no_preference'] as const;
export type LeadModality = (typeof LEAD_MODALITIES)[number];

export const LEAD_SOURCES = [
  'search_engine',
  'word_of_mouth',
  'social_network',
  'employer',
  'advisor',
  'mon_compte_formation',
  'event',
  'other',
] as const;
export type LeadSource = (typeof LEAD_SOURCES)[number];

export const INTERVIEW_MODES = ['in_person', 'remote', 'phone'] as const;
export type InterviewMode = (typeof INTERVIEW_MODES)[number];

export const INTERVIEW_OUTCOMES = ['bilan', 'redirect'] as const;
export type InterviewOutcome = (typeof INTERVIEW_OUTCOMES)[number];

export const REDIRECTIONS = ['cep', 'vae', 'coaching', 'formation', 'autre'] as const;
export type Redirection = (typeof REDIRECTIONS)[number];
