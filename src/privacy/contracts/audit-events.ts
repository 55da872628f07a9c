/**
 * The audit events of GDPR requests (decision 048): registering, extending, answering and refusing
 * a request, and the leads purge. Never the person's name, their message or the answer: the kind,
 * the channel and counts only. Gathered in `audit/contracts/event-catalogue.ts`.
 */
import { z } from 'zod';
import { auditLabels } from '../../shared/audit-event.ts';
import { CHANNELS, REQUEST_KINDS, SUBJECT_TYPES } from '../domain/model.ts';

const uuid = z.uuid();

export const PRIVACY_AUDIT_EVENTS = [
  z.object({
    action: z.literal('privacy.request_registered'),
    subjectType: z.literal('privacy_request'),
    subjectId: uuid,
    details: z.object({ kind: z.enum(REQUEST_KINDS), channel: z.enum(CHANNELS), subject: z.enum(SUBJECT_TYPES) }),
  }),
  z.object({
    action: z.literal('privacy.request_extended'),
    subjectType: z.literal('privacy_request'),
    subjectId: uuid,
    details: z.object({ kind: z.enum(REQUEST_KINDS), dueOn: z.string() }),
  }),
  z.object({
    action: z.literal('privacy.request_answered'),
    subjectType: z.literal('privacy_request'),
    subjectId: uuid,
    details: z.object({
      kind: z.enum(REQUEST_KINDS),
      onTime: z.boolean(),
      /** Erasure: the bilans whose content was destroyed, and the lead's rows deleted. */
      bilansDestroyed: z.number().optional(),
      leadsErased: z.number().optional(),
    }),
  }),
  z.object({
    action: z.literal('privacy.request_refused'),
    subjectType: z.literal('privacy_request'),
    subjectId: uuid,
    details: z.object({ kind: z.enum(REQUEST_KINDS), onTime: z.boolean() }),
  }),
  z.object({
    action: z.literal('privacy.leads_purged'),
    subjectType: z.literal('organisation'),
    subjectId: uuid,
    details: z.object({ leads: z.number(), retentionYears: z.number(), lastContactBefore: z.string() }),
  }),
] as const;

export const PRIVACY_AUDIT_LABELS = auditLabels(PRIVACY_AUDIT_EVENTS, {
  'privacy.request_registered': 'Demande RGPD enregistrée',
  'privacy.request_extended': 'Délai d’une demande RGPD prolongé',
  'privacy.request_answered': 'Demande RGPD répondue',
  'privacy.request_refused': 'Demande RGPD refusée',
  'privacy.leads_purged': 'Demandes de contact anciennes supprimées (durée de conservation)',
});
