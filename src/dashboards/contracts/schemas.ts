/**
 * The dashboards (decision 034): the consultant's « Aujourd'hui » and the admin's list of every
 * bilan. The admin list carries administrative status only, never content (answers, notes, records).
 */
import { z } from 'zod';
import { oneLine } from '../../shared/text.ts';
import { PHASES, type Phase } from '../../bilans/domain/phases.ts';
import { FINANCINGS, type Financing } from '../../financing/domain/catalog.ts';
import type { BilanAlert, DeadlineState } from '../domain/alerts.ts';

/** Where in the dossier the consultant acts on an item (`/consultant/bilans/:id/<section>`). */
export type DossierSection = 'financement' | 'seances' | 'travaux' | 'suivi' | null;

export interface TodaySeance {
  id: string;
  bilanId: string;
  beneficiary: string;
  startsAt: string;
  endsAt: string;
  mode: string;
  status: string;
}

export type TodayItemKind = 'seance_to_record' | 'edof_entry' | 'edof_exit' | 'follow_up';

export interface TodayItem {
  kind: TodayItemKind;
  state: DeadlineState;
  bilanId: string;
  beneficiary: string;
  /** The séance to record, for `seance_to_record`. */
  seanceId: string | null;
  /** The last day (AAAA-MM-JJ), or the séance's start (ISO) for `seance_to_record`. */
  due: string;
}

export interface TodayLead {
  id: string;
  name: string;
  receivedAt: string;
}

export interface TodayDocument {
  id: string;
  bilanId: string;
  beneficiary: string;
  title: string;
  /** Whose signature is awaited, in French (« bénéficiaire », « employeur »…). */
  awaiting: string[];
  /** The organisation (the consultant) still has to sign. */
  awaitsProvider: boolean;
}

export interface TodayAtRisk {
  bilanId: string;
  beneficiary: string;
  phase: Phase;
  alerts: BilanAlert[];
}

export interface ConsultantToday {
  /** Today in France (AAAA-MM-JJ). */
  today: string;
  /** Today's séances and those of the next days, in order. */
  seances: TodaySeance[];
  overdue: TodayItem[];
  leads: TodayLead[];
  documents: TodayDocument[];
  atRisk: TodayAtRisk[];
}

export const ADMIN_PAGE_SIZE = 25;

const optionalUuid = z.preprocess(
  (v) => (v === '' ? undefined : v),
  z.uuid('Choisissez un ou une consultant·e de la liste.').optional(),
);

export const AdminBilansQuerySchema = z.object({
  consultant: optionalUuid,
  phase: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.enum(PHASES, { error: 'Choisissez une phase de la liste.' }).optional(),
  ),
  financing: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.enum(FINANCINGS, { error: 'Choisissez un financement de la liste.' }).optional(),
  ),
  alerts: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.enum(['oui'], { error: 'Filtre d’alertes invalide.' }).optional(),
  ),
  q: z.string().trim().max(100, 'La recherche est trop longue (100 caractères au plus).').check(oneLine()).optional(),
  page: z.coerce
    .number({ error: 'Numéro de page invalide.' })
    .int('Numéro de page invalide.')
    .min(1, 'Numéro de page invalide.')
    .max(10_000, 'Numéro de page invalide.')
    .optional(),
});
export type AdminBilansQuery = z.infer<typeof AdminBilansQuerySchema>;

export interface AdminBilanDocument {
  title: string;
  state: 'signed' | 'awaiting' | 'issued';
}

export interface AdminBilanDeadline {
  kind: 'edof_entry' | 'edof_exit' | 'follow_up';
  dueOn: string;
  state: DeadlineState | 'later';
}

export interface AdminBilanRow {
  id: string;
  beneficiary: { firstName: string; lastName: string };
  consultant: { id: string; name: string };
  phase: Phase;
  plannedMinutes: number;
  doneMinutes: number;
  /** The financing and the follow-up of its file, in French (null before the file is opened). */
  financing: { type: Financing; status: string | null };
  documents: AdminBilanDocument[];
  deadlines: AdminBilanDeadline[];
  alerts: BilanAlert[];
}

export interface AdminConsultant {
  id: string;
  name: string;
  active: boolean;
}

export interface AdminBilans {
  rows: AdminBilanRow[];
  /** Bilans matching the filters, and among them those with an alert. */
  total: number;
  withAlerts: number;
  page: number;
  pageSize: number;
  /** The organisation's consultants (filter, reassignment): active ones can receive a bilan. */
  consultants: AdminConsultant[];
}
