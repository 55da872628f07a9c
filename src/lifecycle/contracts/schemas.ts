/**
 * What the lifecycle's endpoints take and give (decision 046): the beneficiary's retention
 * agreement (typed name, consent box, items, purpose, a date ≤ the legal limit) and the view of a
 * bilan's lifecycle (schedule, agreements, certificates). No content in any view.
 */
import { z } from 'zod';
import { isoDateField } from '../../shared/fields.ts';
import { oneLine } from '../../shared/text.ts';
import {
  KEEPABLE_ITEMS,
  RETENTION_PURPOSES,
  type CertificateLine,
  type DestructionReason,
  type KeepableItem,
  type RetentionPurpose,
} from '../domain/registry.ts';

export const SignRetentionAgreementSchema = z.object({
  purpose: z.enum(RETENTION_PURPOSES, { error: 'Choisissez pourquoi vous souhaitez conserver ces documents.' }),
  items: z
    .array(z.enum(KEEPABLE_ITEMS, { error: 'Choisissez parmi les documents proposés.' }), {
      error: 'Choisissez au moins un document à conserver.',
    })
    .min(1, 'Choisissez au moins un document à conserver.')
    .max(KEEPABLE_ITEMS.length, 'Choisissez parmi les documents proposés.')
    .refine((items) => new Set(items).size === items.length, 'Chaque document ne peut être choisi qu’une fois.'),
  expiresOn: isoDateField('Indiquez jusqu’à quand conserver ces documents, au format JJ/MM/AAAA.'),
  signedName: z
    .string({ error: 'Tapez votre nom.' })
    .trim()
    .min(2, 'Tapez votre prénom et votre nom.')
    .max(200, 'Le nom est trop long.')
    .check(oneLine()),
  consent: z.literal(true, { error: 'Cochez la case pour donner votre accord écrit.' }),
});
export type SignRetentionAgreement = z.output<typeof SignRetentionAgreementSchema>;

export interface RetentionAgreementView {
  id: string;
  purpose: RetentionPurpose;
  items: KeepableItem[];
  expiresOn: string;
  signedName: string;
  signedAt: string;
  withdrawnAt: string | null;
  endedAt: string | null;
  /** Running: not withdrawn, not ended, not expired. */
  running: boolean;
}

export interface CertificateView {
  id: string;
  reason: DestructionReason;
  destroyedAt: string;
  destroyedOn: string;
  backupsGoneOn: string;
  categories: CertificateLine[];
  keptItems: KeepableItem[];
  keptUntil: string | null;
}

export interface BilanLifecycleView {
  bilanId: string;
  ended: boolean;
  /** The schedule once the bilan has ended (the sweep writes it; computed until then). */
  schedule: { endedOn: string; dueOn: string; daysLeft: number; destroyedAt: string | null } | null;
  /** The latest date a retention agreement may run to (R6313-7), once the bilan has ended. */
  retentionLimit: string | null;
  agreements: RetentionAgreementView[];
  certificates: CertificateView[];
  /** Whether the person may sign or withdraw agreements (the beneficiary, before the items go). */
  canAgree: boolean;
}
