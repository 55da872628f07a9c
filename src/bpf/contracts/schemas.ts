/** The BPF's inputs (checked at the edge) and the views the page reads. */
import { z } from 'zod';
import { isoDateField } from '../../shared/fields.ts';
import { BENEFICIARY_CATEGORIES, type BeneficiaryCategory } from '../domain/categories.ts';
import type { BpfFigures } from '../domain/figures.ts';
import type { BpfReminder } from '../domain/reminder.ts';
import { BPF_YEARS } from '../domain/fiscal-year.ts';

/** A financial year in the path: four digits within the database's bounds (later years: the use case). */
export const yearParam = z
  .string()
  .regex(/^\d{4}$/)
  .refine((v) => Number(v) >= BPF_YEARS.min && Number(v) <= BPF_YEARS.max);

export const FilingSchema = z.object({
  filedOn: isoDateField(
    'Indiquez la date de dépôt du bilan pédagogique et financier.',
    'Date attendue au format AAAA-MM-JJ.',
  ),
});
export type FilingInput = z.infer<typeof FilingSchema>;

export const ConsultantStatusSchema = z.object({
  external: z.boolean({ error: 'Indiquez si la personne est interne ou externe.' }),
});

export const CategorySchema = z.object({
  category: z.enum(BENEFICIARY_CATEGORIES, { error: 'Choisissez la catégorie de la ou du bénéficiaire.' }),
});

export interface BpfView {
  figures: BpfFigures;
  organisation: { name: string; ndaNumber: string | null; siret: string | null };
  filing: { filedOn: string; recordedAt: string } | null;
  /** The year is over: it can be marked filed. */
  closed: boolean;
}

export interface BpfReminderView {
  reminder: BpfReminder | null;
  message: string | null;
}

export interface CategoryView {
  category: BeneficiaryCategory | null;
  /** What the financing implies, to pre-fill. */
  suggested: BeneficiaryCategory | null;
}
