/**
 * A session (*séance*) of a bilan as the rules see it, and how it counts.
 *
 * Accompaniment is synchronous time with the consultant (in person or remote); personal work is
 * the beneficiary's asynchronous work (worksheets, enquêtes métier) and is counted separately
 * (legal.md BC-07, CPF-12). A held synchronous session counts as accompaniment *done* only once
 * both the beneficiary and the consultant have signed the attendance (*émargement*, CPF-07).
 */
import { OPEN_PHASES, type OpenPhase } from '../../bilans/domain/phases.ts';
import { minutesBetween, type LocalDateTime } from '../../shared/calendar/local-date-time.ts';

export const SEANCE_MODES = ['in_person', 'remote', 'personal_work'] as const;
export type SeanceMode = (typeof SEANCE_MODES)[number];

export const SEANCE_STATUSES = ['planned', 'held', 'cancelled', 'no_show'] as const;
export type SeanceStatus = (typeof SEANCE_STATUSES)[number];

/** The phases a session can belong to (the open phases of `phases.ts`). */
export const SEANCE_PHASES = OPEN_PHASES;
export type SeancePhase = OpenPhase;

export interface Seance {
  id: string;
  consultantId: string;
  phase: SeancePhase;
  mode: SeanceMode;
  /** Wall-clock start and end in the organisation's time (see local-date-time.ts). */
  start: LocalDateTime;
  end: LocalDateTime;
  status: SeanceStatus;
  signedByBeneficiary: boolean;
  signedByConsultant: boolean;
  /**
   * Attested duration in minutes when it differs from the planned one (remote join and leave
   * times, a session cut short). Absent: the planned duration.
   */
  attendedMinutes?: number | undefined;
}

/** The fields needed to plan a session; `id` is present when rescheduling an existing one. */
export type SeanceDraft = Pick<Seance, 'consultantId' | 'phase' | 'mode' | 'start' | 'end'> & {
  id?: string | undefined;
};

export function isSynchronous(seance: Pick<Seance, 'mode'>): boolean {
  return seance.mode !== 'personal_work';
}

export function isSigned(seance: Pick<Seance, 'signedByBeneficiary' | 'signedByConsultant'>): boolean {
  return seance.signedByBeneficiary && seance.signedByConsultant;
}

export function plannedMinutes(seance: Pick<Seance, 'start' | 'end'>): number {
  return minutesBetween(seance.start, seance.end);
}

/** Minutes a session counts for: the attested time once held, the planned time otherwise. */
export function countedMinutes(seance: Pick<Seance, 'start' | 'end' | 'status' | 'attendedMinutes'>): number {
  if (seance.status === 'held' && seance.attendedMinutes !== undefined) return seance.attendedMinutes;
  return plannedMinutes(seance);
}

/** Planned or held: the sessions that occupy time and count towards the 24 h maximum. */
export function isActive(seance: Pick<Seance, 'status'>): boolean {
  return seance.status === 'planned' || seance.status === 'held';
}
