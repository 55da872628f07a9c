/**
 * The document de synthèse's vocabulary (legal.md BC-10, decision 043): its limits, the delivery
 * channels, the statuses of a pre-filled proposal, the fixed confidentiality notice. Pure.
 */
import type { SyntheseSectionKey } from './content.ts';

export const SYNTHESE_LIMITS = {
  /** One section's written text. */
  sectionText: 20_000,
  /** A beneficiary's comment or the consultant's answer. */
  comment: 5_000,
  /** The beneficiary's message when withdrawing the approval (decision 052). */
  withdrawalMessage: 2_000,
  /** Comments on one version. */
  commentsPerVersion: 200,
  /** Published versions of one synthesis. */
  versions: 100,
  /** Pre-filled proposals kept per section. */
  proposalsPerSection: 200,
} as const;

export const DELIVERY_CHANNELS = ['remise_en_main_propre', 'telechargement', 'courrier', 'email'] as const;
export type DeliveryChannel = (typeof DELIVERY_CHANNELS)[number];

export const DELIVERY_CHANNEL_LABELS: Record<DeliveryChannel, string> = {
  remise_en_main_propre: 'Remise en main propre',
  telechargement: 'Téléchargement depuis l’espace du bénéficiaire',
  courrier: 'Envoi par courrier',
  email: 'Envoi par e-mail',
};

export const PROPOSAL_STATUSES = ['pending', 'accepted', 'rejected'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

export const PROPOSAL_STATUS_LABELS: Record<ProposalStatus, string> = {
  pending: 'À décider',
  accepted: 'Retenu',
  rejected: 'Écarté',
};

/** The fixed confidentiality notice (Code du travail, L6313-4 and R6313-7). */
export const CONFIDENTIALITY_NOTICE =
  'Ce document de synthèse est la propriété du ou de la bénéficiaire. Il ne peut être communiqué à un tiers, ' +
  'y compris à l’employeur ou au financeur du bilan, qu’avec son accord écrit (article L6313-4 du Code du travail). ' +
  'Les documents élaborés pendant le bilan sont détruits à son terme, sauf accord écrit du ou de la bénéficiaire ' +
  'pour les conserver en vue du suivi, pour une durée limitée (trois ans au plus).';

export const CONFIDENTIALITY_SOURCE = 'Mention prévue par l’article L6313-4 du Code du travail';

/** The sections the beneficiary may comment on and the consultant writes: all of them. */
export type SectionKey = SyntheseSectionKey;
