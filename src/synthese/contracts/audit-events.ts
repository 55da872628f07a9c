/**
 * The audit events of the document de synthèse (decision 043): publishing a version, the
 * beneficiary's approval (the signature evidence) and its withdrawal (decision 052), the delivery and its acknowledgement, and every
 * export (content leaving). Never the text itself. Gathered in `audit/contracts/event-catalogue.ts`.
 */
import { z } from 'zod';
import { auditLabels } from '../../shared/audit-event.ts';
import { DELIVERY_CHANNELS } from '../domain/model.ts';

const uuid = z.uuid();
const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

export const SYNTHESE_AUDIT_EVENTS = [
  z.object({
    action: z.literal('synthese.published'),
    subjectType: z.literal('synthese_version'),
    subjectId: uuid,
    details: z.object({ number: z.number(), sha256 }),
  }),
  z.object({
    action: z.literal('synthese.approved'),
    subjectType: z.literal('synthese_version'),
    subjectId: uuid,
    details: z.object({ number: z.number(), sha256 }),
  }),
  z.object({
    action: z.literal('synthese.approval_withdrawn'),
    subjectType: z.literal('synthese_version'),
    subjectId: uuid,
    // Whether a message was left to the consultant, never its text.
    details: z.object({ number: z.number(), sha256, withMessage: z.boolean() }),
  }),
  z.object({
    action: z.literal('synthese.delivered'),
    subjectType: z.literal('synthese'),
    subjectId: uuid,
    details: z.object({ channel: z.enum(DELIVERY_CHANNELS), deliveredOn: z.string(), number: z.number() }),
  }),
  z.object({
    action: z.literal('synthese.delivery_acknowledged'),
    subjectType: z.literal('synthese'),
    subjectId: uuid,
    details: z.object({}),
  }),
  z.object({
    action: z.literal('synthese.exported'),
    subjectType: z.literal('synthese_version'),
    subjectId: uuid,
    details: z.object({ number: z.number(), format: z.enum(['pdf', 'docx']) }),
  }),
] as const;

export const SYNTHESE_AUDIT_LABELS = auditLabels(SYNTHESE_AUDIT_EVENTS, {
  'synthese.published': 'Version de la synthèse publiée au bénéficiaire',
  'synthese.approved': 'Synthèse approuvée (signée) par le bénéficiaire',
  'synthese.approval_withdrawn': 'Approbation de la synthèse retirée par le bénéficiaire',
  'synthese.delivered': 'Remise de la synthèse enregistrée',
  'synthese.delivery_acknowledged': 'Réception de la synthèse confirmée par le bénéficiaire',
  'synthese.exported': 'Synthèse exportée (PDF ou Word)',
});
