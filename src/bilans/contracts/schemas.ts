import { z } from 'zod';
import { BENEFICIARY_CATEGORIES } from '../../bpf/domain/categories.ts';
import { multiLine } from '../../shared/text.ts';
import { emailField, personName } from '../../shared/fields.ts';
import { FINANCINGS, type Financing } from '../../financing/domain/catalog.ts';
import { PHASES, type Phase } from '../domain/phases.ts';

/**
 * Hours typed as in French: "24", "18,5", "17.25" or "16 h 30". Converted to whole minutes.
 * The range (more than 0, at most the legal maximum in force) is checked by the domain.
 */
export const hoursField = z
  .string({ error: 'Indiquez un nombre d’heures.' })
  .trim()
  .min(1, 'Indiquez un nombre d’heures.')
  .max(20, 'Indiquez un nombre d’heures, par exemple 24 ou 18,5.')
  .transform((raw, ctx) => {
    const hm = /^(\d{1,2})\s*h\s*(\d{1,2})?$/i.exec(raw);
    if (hm) {
      const minutes = Number(hm[1]) * 60 + Number(hm[2] ?? 0);
      if (Number(hm[2] ?? 0) < 60) return minutes;
    }
    if (/^\d{1,3}([.,]\d{1,2})?$/.test(raw)) return Math.round(Number(raw.replace(',', '.')) * 60);
    ctx.addIssue({ code: 'custom', message: 'Indiquez un nombre d’heures, par exemple 24 ou 18,5.' });
    return z.NEVER;
  });

export const CreateBilanSchema = z.object({
  beneficiary: z.object({
    firstName: personName('prénom'),
    lastName: personName('nom'),
    email: emailField,
  }),
  financing: z.enum(FINANCINGS, { error: 'Choisissez un mode de financement.' }),
  plannedHours: hoursField,
  /** BPF frame F-1 (decision 051); absent: what the financing implies, if anything. */
  beneficiaryCategory: z
    .enum(BENEFICIARY_CATEGORIES, { error: 'Choisissez la catégorie de la ou du bénéficiaire.' })
    .optional(),
});
export type CreateBilanInput = z.input<typeof CreateBilanSchema>;
export type CreateBilan = z.output<typeof CreateBilanSchema>;

export const TransitionSchema = z.object({
  to: z.enum(PHASES, { error: 'Choisissez une phase.' }),
  reason: z.string().trim().max(2000, 'La raison ne doit pas dépasser 2 000 caractères.').check(multiLine()).optional(),
});
export type TransitionInput = z.infer<typeof TransitionSchema>;

export type NextStepView =
  | { code: 'none' }
  | { code: 'await_beneficiary' }
  | { code: 'resend_invitation' }
  | { code: 'next_seance'; at: string }
  | { code: 'plan_seance' };

export interface PersonView {
  firstName: string;
  lastName: string;
  email: string;
}

/** A line of the consultant's home. Administrative facts only: no content of the bilan. */
export interface BilanSummary {
  id: string;
  beneficiary: PersonView & { accountActive: boolean };
  phase: Phase;
  financing: Financing;
  plannedMinutes: number;
  doneMinutes: number;
  nextStep: NextStepView;
  createdAt: string;
}

export interface ConsultantHome {
  open: BilanSummary[];
  closed: BilanSummary[];
}

export type UnmetConditionView =
  | { code: 'not_open' }
  | { code: 'not_next'; from: Phase; to: Phase }
  | { code: 'reason_required' }
  | { code: 'checklist_item'; item: string; label: string };

export interface TransitionOption {
  to: Phase;
  allowed: boolean;
  unmet: UnmetConditionView[];
}

export interface PhaseChangeView {
  from: Phase;
  to: Phase;
  at: string;
  by: string;
  reason: string | null;
}

export interface BilanDetail extends BilanSummary {
  consultant: PersonView;
  organisationName: string;
  phaseChangedAt: string;
  abandonReason: string | null;
  invitation: {
    state: 'none' | 'pending' | 'expired' | 'revoked' | 'accepted';
    id: string | null;
    expiresAt: string | null;
  };
  transitions: TransitionOption[];
  history: PhaseChangeView[];
  /** The dossier's header band and status rail, read with the bilan (one statement). */
  status: DossierStatusView;
}

/** Administrative figures of the dossier's header: no content of the bilan. */
export interface DossierStatusView {
  /** The financing file's status, in words (its type's statuses, financing/domain/catalog.ts). */
  financingStatus: string;
  /** Accompaniment planned or held (séances, not personal work): what counts against the hours. */
  scheduledMinutes: number;
  /** Current documents that still wait for at least one signature. */
  documentsAwaitingSignature: number;
  consent: 'given' | 'refused' | 'none';
  /** The current phase's required checklist items, met and in all; null once the bilan has ended. */
  checklist: { met: number; total: number } | null;
  /** The earliest EDOF declaration (CPF) not yet declared, and whether its deadline has passed. */
  edofDue: { kind: 'entry' | 'exit'; dueOn: string; overdue: boolean } | null;
}

/** What the beneficiary sees on their home. */
export interface BeneficiaryHome {
  bilan: {
    id: string;
    phase: Phase;
    financing: Financing;
    plannedMinutes: number;
    doneMinutes: number;
    nextStep: NextStepView;
    createdAt: string;
    phaseChangedAt: string;
    /** The phase an abandoned bilan stopped in. */
    abandonedFrom: Phase | null;
    /** The préliminaire record written with the consultant (need, format, modalities), once saved. */
    preliminaire: { needAnalysis: string; format: string; modalities: string } | null;
  } | null;
  consultant: PersonView | null;
  organisationName: string;
}

/** An admin hands a bilan to another active consultant of the organisation (decision 034). */
export const ReassignBilanSchema = z.object({
  consultantId: z.uuid('Choisissez un ou une consultant·e de la liste.'),
});
export type ReassignBilanInput = z.infer<typeof ReassignBilanSchema>;
