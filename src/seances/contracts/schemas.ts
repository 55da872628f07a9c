/**
 * Séances: planning, changes, attendance signatures (émargement). Times are typed in France's
 * wall-clock time (date `YYYY-MM-DD`, times `HH:mm`).
 */
import { z } from 'zod';
import { multiLine, oneLine } from '../../shared/text.ts';
import { refuseMissingParisTimes } from '../../shared/calendar/paris-time.ts';
import { clockTimeField, isoDateField } from '../../shared/fields.ts';
import { isPlainDate } from '../../shared/calendar/plain-date.ts';
import { AGENDA_MAX_DAYS, agendaRangeProblem } from '../domain/agenda.ts';
import { SEANCE_MODES, SEANCE_PHASES, type SeanceMode, type SeancePhase, type SeanceStatus } from '../domain/seance.ts';

const dateField = isoDateField('Indiquez la date de la séance.', 'Indiquez une date valide, par exemple 01/12/2026.');
const timeField = clockTimeField;
const reasonField = z
  .string({ error: 'Indiquez la raison.' })
  .trim()
  .min(2, 'Indiquez la raison.')
  .max(1000, 'La raison ne doit pas dépasser 1 000 caractères.')
  .check(multiLine());

export const PlanSeanceSchema = z
  .object({
    date: dateField,
    start: timeField('début'),
    end: timeField('fin'),
    mode: z.enum(SEANCE_MODES, { error: 'Choisissez le type de séance.' }),
    phase: z.enum(SEANCE_PHASES, { error: 'Choisissez la phase.' }),
    place: z.string().trim().max(300, 'Le lieu ne doit pas dépasser 300 caractères.').check(multiLine()).optional(),
    link: z.string().trim().max(500, 'Le lien ne doit pas dépasser 500 caractères.').check(oneLine()).optional(),
    topic: z.string().trim().max(200, 'Le thème ne doit pas dépasser 200 caractères.').check(oneLine()).optional(),
  })
  .superRefine((v, ctx) => {
    refuseMissingParisTimes(v, ctx);
    if (v.mode === 'in_person' && !v.place)
      ctx.addIssue({ code: 'custom', path: ['place'], message: 'Indiquez le lieu de la séance.' });
    if (v.mode === 'remote') {
      if (!v.link) ctx.addIssue({ code: 'custom', path: ['link'], message: 'Indiquez le lien de la visioconférence.' });
      else if (!/^https:\/\/\S+$/.test(v.link))
        ctx.addIssue({ code: 'custom', path: ['link'], message: 'Le lien doit commencer par https://.' });
    }
  });
export type PlanSeance = z.infer<typeof PlanSeanceSchema>;

export const RescheduleSeanceSchema = z
  .object({
    date: dateField,
    start: timeField('début'),
    end: timeField('fin'),
    reason: reasonField,
  })
  .superRefine(refuseMissingParisTimes);
export type RescheduleSeance = z.infer<typeof RescheduleSeanceSchema>;

/** A non-blocking remark about a planned or moved séance (public holiday, long séance, hours). */
export interface SeanceWarning {
  code: string;
  message: string;
}

/** What planning or moving a séance answers: the warnings the consultant should read. */
export interface SeancePlanned {
  seanceId: string;
  warnings: SeanceWarning[];
}

export const CancelSeanceSchema = z.object({ reason: reasonField });
export const NoShowSchema = z.object({ reason: reasonField.optional() });

export const MarkHeldSchema = z.object({ actualStart: timeField('début'), actualEnd: timeField('fin') });
export type MarkHeld = z.infer<typeof MarkHeldSchema>;

export const SignAttendanceSchema = z.object({
  /**
   * The name typed by the signer. Absent when people sign for themselves from their own account
   * in one tap: their account's name is recorded (decision 035). Required when the beneficiary
   * signs on the consultant's device.
   */
  signedName: z
    .string({ error: 'Tapez votre nom.' })
    .trim()
    .min(2, 'Tapez votre prénom et votre nom.')
    .max(200, 'Le nom est trop long.')
    .check(oneLine())
    .optional(),
  consent: z.literal(true, { error: 'Cochez la case pour confirmer votre présence.' }),
  /** The times shown to the signer (ISO instants): refused if the séance changed since. */
  shownStart: z.iso.datetime({ error: 'Rechargez la page avant de signer.' }),
  shownEnd: z.iso.datetime({ error: 'Rechargez la page avant de signer.' }),
  /** Consultant only: the beneficiary signs on the consultant's device during the séance. */
  forBeneficiary: z.boolean().optional(),
});
export type SignAttendance = z.infer<typeof SignAttendanceSchema>;

export interface AttendanceView {
  name: string;
  signedAt: string;
  method: 'in_person' | 'remote';
}

export interface SeanceView {
  id: string;
  phase: SeancePhase;
  mode: SeanceMode;
  place: string | null;
  link: string | null;
  topic: string | null;
  startsAt: string;
  endsAt: string;
  actualStartAt: string | null;
  actualEndAt: string | null;
  status: SeanceStatus;
  statusReason: string | null;
  minutes: number;
  beneficiarySignature: AttendanceView | null;
  consultantSignature: AttendanceView | null;
}

export interface SeanceCountersView {
  accompanimentDoneMinutes: number;
  accompanimentAwaitingSignatureMinutes: number;
  accompanimentPlannedMinutes: number;
  personalWorkDoneMinutes: number;
  personalWorkPlannedMinutes: number;
  noShowCount: number;
  /** The legal maximum of accompaniment (24 h). */
  maximumMinutes: number;
  /** The accompaniment planned for the bilan (quote or contract). */
  bilanPlannedMinutes: number;
  /** What remains to plan against the bilan's planned accompaniment. */
  remainingToPlanMinutes: number;
}

export interface BilanSeances {
  bilanId: string;
  phase: string;
  seances: SeanceView[];
  counters: SeanceCountersView;
  atRisk: { atRisk: boolean; reasons: { code: string; message: string }[] };
}

export interface SeanceDetail {
  seance: SeanceView;
  bilanId: string;
  bilanPhase: string;
  beneficiary: { firstName: string; lastName: string };
  consultant: { firstName: string; lastName: string };
}

const agendaDay = (which: 'début' | 'fin') =>
  isoDateField(
    `Indiquez la date de ${which} de la période.`,
    `Indiquez la date de ${which} au format AAAA-MM-JJ, par exemple 2026-12-07.`,
  );

/** The consultant's agenda: a range of Paris days, both included, of at most six weeks. */
export const AgendaQuerySchema = z.object({ from: agendaDay('début'), to: agendaDay('fin') }).superRefine((v, ctx) => {
  if (!isPlainDate(v.from) || !isPlainDate(v.to)) return;
  const problem = agendaRangeProblem(v.from, v.to);
  if (problem === 'reversed')
    ctx.addIssue({ code: 'custom', path: ['to'], message: 'La date de fin doit suivre la date de début.' });
  if (problem === 'too_long')
    ctx.addIssue({
      code: 'custom',
      path: ['to'],
      message: `L’agenda s’affiche sur ${AGENDA_MAX_DAYS} jours au plus : choisissez une période plus courte.`,
    });
});
export type AgendaQuery = z.infer<typeof AgendaQuerySchema>;

/** One séance in the consultant's agenda: when, with whom, where, and in which state. */
export interface AgendaSeance {
  id: string;
  bilanId: string;
  beneficiary: { firstName: string; lastName: string };
  startsAt: string;
  endsAt: string;
  mode: SeanceMode;
  place: string | null;
  topic: string | null;
  status: SeanceStatus;
  /** Held with the consultant and not yet signed by both people. */
  awaitingSignature: boolean;
}

export interface AgendaPage {
  from: string;
  to: string;
  seances: AgendaSeance[];
  /** The French public holidays in the range (national calendar). */
  holidays: { date: string; label: string }[];
}
