/**
 * The audit events of sharing with consent: their shape (never content, never the recipient's
 * address; the recipient's name in the consent record of `share.created`, legal.md BC-05) and their French label. Gathered in `audit/contracts/event-catalogue.ts`.
 */
import { z } from 'zod';
import { auditLabels } from '../../shared/audit-event.ts';
import { RECIPIENT_KINDS, SHARED_DOCUMENTS } from './schemas.ts';

const uuid = z.uuid();
const documents = z.array(z.enum(SHARED_DOCUMENTS));

export const SHARING_AUDIT_EVENTS = [
  z.object({
    action: z.literal('share.created'),
    subjectType: z.literal('share'),
    subjectId: uuid,
    details: z.object({
      recipientName: z.string(),
      recipientKind: z.enum(RECIPIENT_KINDS),
      documents,
      expiresAt: z.string(),
    }),
  }),
  z.object({
    action: z.literal('share.resent'),
    subjectType: z.literal('share'),
    subjectId: uuid,
    details: z.object({}),
  }),
  z.object({
    action: z.literal('share.revoked'),
    subjectType: z.literal('share'),
    subjectId: uuid,
    details: z.object({}),
  }),
  z.object({
    action: z.literal('share.opened'),
    subjectType: z.literal('share'),
    subjectId: uuid,
    details: z.object({}),
  }),
  z.object({
    action: z.literal('share.document_downloaded'),
    subjectType: z.literal('share'),
    subjectId: uuid,
    details: z.object({ document: z.enum(SHARED_DOCUMENTS) }),
  }),
  z.object({
    action: z.literal('share.refused'),
    subjectType: z.literal('share'),
    subjectId: uuid,
    details: z.object({ reason: z.enum(['used', 'expired', 'revoked', 'visit_over']) }),
  }),
] as const;

export const SHARING_AUDIT_LABELS = auditLabels(SHARING_AUDIT_EVENTS, {
  'share.created': 'Documents partagés par le ou la bénéficiaire avec une personne désignée',
  'share.resent': 'Nouveau lien de partage envoyé (le précédent ne fonctionne plus)',
  'share.revoked': 'Partage retiré par le ou la bénéficiaire',
  'share.opened': 'Lien de partage ouvert par la personne destinataire',
  'share.document_downloaded': 'Document partagé téléchargé par la personne destinataire',
  'share.refused': 'Ouverture d’un lien de partage refusée (déjà utilisé, expiré ou retiré)',
});
