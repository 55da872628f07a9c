/**
 * The audit events of this capability: their shape (never content) and their French label in the
 * admin's journal. Gathered in `audit/contracts/event-catalogue.ts`.
 */
import { z } from 'zod';
import { auditLabels } from '../../shared/audit-event.ts';

const uuid = z.uuid();

export const ORGANISATION_AUDIT_EVENTS = [
  z.object({
    action: z.literal('organisation.profile_updated'),
    subjectType: z.literal('organisation'),
    subjectId: uuid,
    details: z.object({ fields: z.array(z.string()) }),
  }),
  z.object({
    action: z.literal('organisation.brand_changed'),
    subjectType: z.literal('organisation'),
    subjectId: uuid,
    details: z.object({
      change: z.enum(['colour', 'logo_uploaded', 'logo_removed']),
      /** The new colour (null: Sillage's colours), when it is what changed. */
      accentColour: z.string().nullable().optional(),
      /** The new logo's SHA-256, when one was uploaded. */
      logoSha256: z.string().optional(),
    }),
  }),
  z.object({
    action: z.literal('offer.created'),
    subjectType: z.literal('offer'),
    subjectId: uuid,
    details: z.object({ title: z.string() }),
  }),
  z.object({
    action: z.literal('offer.updated'),
    subjectType: z.literal('offer'),
    subjectId: uuid,
    details: z.object({ title: z.string(), active: z.boolean() }),
  }),
] as const;

export const ORGANISATION_AUDIT_LABELS = auditLabels(ORGANISATION_AUDIT_EVENTS, {
  'organisation.profile_updated': 'Profil de l’organisme modifié',
  'organisation.brand_changed': 'Identité visuelle de l’organisme modifiée',
  'offer.created': 'Offre créée',
  'offer.updated': 'Offre modifiée',
});
