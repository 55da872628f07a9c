/**
 * The audit events of the BPF: its filing date, a consultant's internal or external status for a
 * year (frame E) and a bilan's beneficiary category (frame F-1). Gathered in
 * `audit/contracts/event-catalogue.ts`.
 */
import { z } from 'zod';
import { auditLabels } from '../../shared/audit-event.ts';
import { BENEFICIARY_CATEGORIES } from '../domain/categories.ts';

const uuid = z.uuid();

export const BPF_AUDIT_EVENTS = [
  z.object({
    action: z.literal('bpf.filed'),
    subjectType: z.literal('organisation'),
    subjectId: uuid,
    details: z.object({ year: z.number(), filedOn: z.string(), previous: z.string().nullable() }),
  }),
  z.object({
    action: z.literal('bpf.consultant_status_changed'),
    subjectType: z.literal('user'),
    subjectId: uuid,
    details: z.object({ year: z.number(), external: z.boolean() }),
  }),
  z.object({
    action: z.literal('bpf.category_changed'),
    subjectType: z.literal('bilan'),
    subjectId: uuid,
    details: z.object({
      from: z.enum(BENEFICIARY_CATEGORIES).nullable(),
      to: z.enum(BENEFICIARY_CATEGORIES),
    }),
  }),
] as const;

export const BPF_AUDIT_LABELS = auditLabels(BPF_AUDIT_EVENTS, {
  'bpf.filed': 'Bilan pédagogique et financier marqué comme déclaré',
  'bpf.consultant_status_changed': 'Statut interne ou externe d’un·e consultant·e (BPF)',
  'bpf.category_changed': 'Catégorie de bénéficiaire modifiée (BPF)',
});
