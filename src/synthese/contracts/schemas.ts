/**
 * The document de synthèse's contracts (issue 14, decision 043): what the consultant sends to
 * write the draft (sections, decisions on pre-filled passages, publishing a version, recording the
 * delivery) and what the beneficiary sends (comments, the approval signature, the acknowledgement
 * of delivery), and what both read back. The beneficiary never sees the draft nor the proposals:
 * only published versions.
 */
import { z } from 'zod';
import { isoDateField } from '../../shared/fields.ts';
import { multiLine, oneLine } from '../../shared/text.ts';
import { frenchCount } from '../../portfolio/domain/portfolio.ts';
import { SYNTHESE_SECTION_KEYS, type SyntheseSectionKey } from '../domain/content.ts';
import { DELIVERY_CHANNELS, SYNTHESE_LIMITS, type DeliveryChannel, type ProposalStatus } from '../domain/model.ts';
import type { DiffPart } from '../domain/diff.ts';

export {
  DELIVERY_CHANNELS,
  DELIVERY_CHANNEL_LABELS,
  PROPOSAL_STATUS_LABELS,
  SYNTHESE_LIMITS,
  CONFIDENTIALITY_NOTICE,
} from '../domain/model.ts';
export { SYNTHESE_SECTION_KEYS, SYNTHESE_SECTION_HEADINGS } from '../domain/content.ts';
export type { SyntheseSectionKey } from '../domain/content.ts';
export type { DeliveryChannel, ProposalStatus } from '../domain/model.ts';
export type { DiffPart } from '../domain/diff.ts';

const tooLong = (what: string, max: number) =>
  z.check<string>((ctx) => {
    if (ctx.value.length > max)
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        message: `${what} ne doit pas dépasser ${frenchCount(max)} caractères (${frenchCount(ctx.value.length)} saisis) : raccourcissez le texte.`,
      });
  });

/** The revision the client edited. */
export const revision = z
  .number({ error: 'La version de la partie est manquante : rechargez la page.' })
  .int('La version de la partie est mal formée : rechargez la page.')
  .min(0, 'La version de la partie est mal formée : rechargez la page.')
  .max(2_000_000_000, 'La version de la partie est mal formée : rechargez la page.');

/** A section's key in a path (`/sections/:key`): anything else is a 404. */
export const sectionKeyParam = z.enum(SYNTHESE_SECTION_KEYS);

const sectionKey = z.enum(SYNTHESE_SECTION_KEYS, { error: 'Cette partie de la synthèse n’existe pas.' });

const sha256 = z
  .string({ error: 'Rechargez la page avant d’approuver la synthèse.' })
  .regex(/^[0-9a-f]{64}$/, 'Rechargez la page avant d’approuver la synthèse.');

/** The consultant saves one section's whole text (empty is allowed: the part is not written yet). */
export const SaveSectionSchema = z.object({
  revision,
  text: z
    .string({ error: 'Le texte de la partie doit être un texte.' })
    .check(tooLong('Le texte d’une partie', SYNTHESE_LIMITS.sectionText))
    .check(multiLine()),
});
export type SaveSection = z.output<typeof SaveSectionSchema>;

/** The consultant accepts a pre-filled passage (appended to its section's text) or rejects it. */
export const DecideProposalSchema = z.object({
  decision: z.enum(['accept', 'reject'], { error: 'Choisissez : retenir ou écarter ce passage.' }),
});
export type DecideProposal = z.output<typeof DecideProposalSchema>;

/** The consultant publishes the draft as a new version for the beneficiary to read. */
export const PublishVersionSchema = z.object({
  /**
   * The revision of each section the consultant saw when deciding to publish: refused (409) if a
   * section changed since, so that what is published is what they read.
   */
  revisions: z.partialRecord(sectionKey, revision, { error: 'Rechargez la page avant de publier.' }),
});
export type PublishVersion = z.output<typeof PublishVersionSchema>;

/** The beneficiary comments on one section of a published version. */
export const CommentSectionSchema = z.object({
  sectionKey,
  text: z
    .string({ error: 'Écrivez votre commentaire.' })
    .trim()
    .min(1, 'Écrivez votre commentaire.')
    .check(tooLong('Le commentaire', SYNTHESE_LIMITS.comment))
    .check(multiLine()),
});
export type CommentSection = z.output<typeof CommentSectionSchema>;

/** The consultant answers a comment and says whether it is resolved. */
export const AnswerCommentSchema = z.object({
  answer: z
    .string({ error: 'Écrivez votre réponse.' })
    .trim()
    .min(1, 'Écrivez votre réponse.')
    .check(tooLong('La réponse', SYNTHESE_LIMITS.comment))
    .check(multiLine()),
  resolved: z.boolean({ error: 'Dites si le commentaire est traité.' }).default(true),
});
export type AnswerComment = z.output<typeof AnswerCommentSchema>;

/** The beneficiary's approval: a simple electronic signature of the version read (its hash). */
export const ApproveVersionSchema = z.object({
  signedName: z
    .string({ error: 'Tapez votre nom.' })
    .trim()
    .min(2, 'Tapez votre prénom et votre nom.')
    .max(200, 'Le nom est trop long.')
    .check(oneLine()),
  consent: z.literal(true, { error: 'Cochez la case pour approuver la synthèse.' }),
  /** The `sha256` of the version the beneficiary read: refused if it is not the latest any more. */
  sha256,
});
/** The beneficiary withdraws the approval, with an optional message to the consultant. */
export const WithdrawApprovalSchema = z.object({
  message: z
    .string({ error: 'Le message doit être un texte.' })
    .trim()
    .check(tooLong('Le message', SYNTHESE_LIMITS.withdrawalMessage))
    .check(multiLine())
    .optional()
    .transform((text) => (text ? text : null)),
});
export type WithdrawApproval = z.output<typeof WithdrawApprovalSchema>;

export type ApproveVersion = z.output<typeof ApproveVersionSchema>;

/** The consultant records the delivery of the approved synthesis. */
export const RecordDeliverySchema = z.object({
  channel: z.enum(DELIVERY_CHANNELS, {
    error:
      'Choisissez comment la synthèse a été remise : en main propre, par téléchargement, par courrier ou par e-mail.',
  }),
  deliveredOn: isoDateField('Indiquez la date de remise au format JJ/MM/AAAA.'),
});
export type RecordDelivery = z.output<typeof RecordDeliverySchema>;

export interface PersonRef {
  id: string;
  name: string;
  role: string;
}

/** A pre-filled passage: where it comes from (in French) and the consultant's decision. */
export interface SyntheseProposalView {
  id: string;
  sectionKey: SyntheseSectionKey;
  /** E.g. « D’après le portfolio », « D’après le questionnaire RIASEC du 12/11/2026 ». */
  source: string;
  text: string;
  status: ProposalStatus;
  decidedAt: string | null;
  decidedBy: PersonRef | null;
}

/** One section of the consultant's draft (never shown to the beneficiary). */
export interface SyntheseDraftSectionView {
  key: SyntheseSectionKey;
  heading: string;
  text: string;
  revision: number;
  updatedAt: string | null;
  updatedBy: PersonRef | null;
  /** True when the text differs from the latest published version's. */
  changedSincePublished: boolean;
  proposals: SyntheseProposalView[];
}

export interface SyntheseCommentView {
  id: string;
  versionId: string;
  versionNumber: number;
  sectionKey: SyntheseSectionKey;
  text: string;
  createdAt: string;
  author: PersonRef;
  answer: string | null;
  answeredAt: string | null;
  answeredBy: PersonRef | null;
  resolved: boolean;
}

/** What changed in one section between a version and the one before it. */
export interface SyntheseSectionDiff {
  key: SyntheseSectionKey;
  heading: string;
  changed: boolean;
  parts: DiffPart[];
}

export interface SyntheseApprovalView {
  versionId: string;
  versionNumber: number;
  sha256: string;
  signedName: string;
  signedAt: string;
}

/** An approval the beneficiary withdrew before the delivery (decision 052), kept as evidence. */
export interface SyntheseWithdrawalView {
  versionNumber: number;
  signedName: string;
  signedAt: string;
  withdrawnAt: string;
  /** The beneficiary's message to the consultant; null without one (or once the content went). */
  message: string | null;
}

export interface SyntheseVersionView {
  id: string;
  number: number;
  /** The SHA-256 of the version's text, sent back to approve it. */
  sha256: string;
  publishedAt: string;
  publishedBy: PersonRef;
  sections: { key: SyntheseSectionKey; heading: string; text: string }[];
  comments: SyntheseCommentView[];
  /** Null for the first version. */
  diffFromPrevious: SyntheseSectionDiff[] | null;
  approval: SyntheseApprovalView | null;
}

export interface SyntheseDeliveryView {
  channel: DeliveryChannel;
  channelLabel: string;
  deliveredOn: string;
  recordedAt: string;
  recordedBy: PersonRef;
  /** When the beneficiary confirmed receiving it; null until then (does not block the closure). */
  acknowledgedAt: string | null;
}

export interface SyntheseView {
  bilanId: string;
  audience: 'consultant' | 'beneficiary';
  /** The consultant may still write (the bilan is open and no version is approved). */
  editable: boolean;
  /** The consultant's draft; null for the beneficiary. */
  draft: SyntheseDraftSectionView[] | null;
  /** Published versions, newest first (none once the destruction at the end emptied them). */
  versions: SyntheseVersionView[];
  /** The destruction at the end emptied the published versions (decision 046); the delivery's proof stays. */
  contentDestroyed: boolean;
  approval: SyntheseApprovalView | null;
  /** Withdrawn approvals, the latest first. */
  withdrawals: SyntheseWithdrawalView[];
  delivery: SyntheseDeliveryView | null;
  /** What the viewer may do now. */
  can: {
    publish: boolean;
    comment: boolean;
    approve: boolean;
    /** The beneficiary may withdraw the running approval (open bilan, not delivered yet). */
    withdrawApproval: boolean;
    recordDelivery: boolean;
    acknowledgeDelivery: boolean;
    export: boolean;
  };
}
