/**
 * The audit events of this capability: their shape (never content) and their French label in the
 * admin's journal. Gathered in `audit/contracts/event-catalogue.ts`.
 */
import { z } from 'zod';
import { auditLabels } from '../../shared/audit-event.ts';

const uuid = z.uuid();

export const DOCUMENTS_AUDIT_EVENTS = [
  z.object({
    action: z.literal('document.generated'),
    subjectType: z.literal('document'),
    subjectId: uuid,
    details: z.object({ kind: z.string(), version: z.number(), sha256: z.string() }),
  }),
  z.object({
    action: z.literal('document.signed'),
    subjectType: z.literal('document'),
    subjectId: uuid,
    details: z.object({
      kind: z.string(),
      signer: z.string(),
      sha256: z.string(),
      /** The signer signed in person, on the screen of this consultant (the actor), decision 037. */
      inPresenceOf: z.literal('consultant').optional(),
    }),
  }),
  z.object({
    action: z.literal('document.link_sent'),
    subjectType: z.literal('document'),
    subjectId: uuid,
    details: z.object({ email: z.string() }),
  }),
  z.object({
    action: z.literal('document.link_resent'),
    subjectType: z.literal('document'),
    subjectId: uuid,
    details: z.object({ email: z.string() }),
  }),
] as const;

export const DOCUMENTS_AUDIT_LABELS = auditLabels(DOCUMENTS_AUDIT_EVENTS, {
  'document.generated': 'Document produit',
  'document.signed': 'Document signé',
  'document.link_sent': 'Lien de signature envoyé à l’employeur',
  'document.link_resent': 'Nouveau lien de signature envoyé à l’employeur (le précédent ne fonctionne plus)',
});
