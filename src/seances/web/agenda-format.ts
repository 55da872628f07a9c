/** How the agenda reads in French: days, times in Paris (daylight saving included), states. */
import { datePart } from '../../shared/calendar/local-date-time.ts';
import { parisLocalDateTime } from '../../shared/calendar/paris-time.ts';
import { dateParts, isoWeekday, type PlainDate } from '../../shared/calendar/plain-date.ts';
import { MONTHS, formatDateFr, formatTimeFr } from '../../shared/rules/format.ts';
import type { ChipTone } from '../../ui/StatusChip.tsx';
import type { AgendaSeance } from '../contracts/schemas.ts';
import { SEANCE_MODE_LABELS, SEANCE_STATUS_LABELS } from '../contracts/labels.ts';

export const WEEKDAYS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'] as const;

/** "lundi 7 décembre 2026". */
export function longDay(date: PlainDate): string {
  return `${WEEKDAYS[isoWeekday(date) - 1]} ${formatDateFr(date)}`;
}

/** "lundi 7 décembre" (the year is in the period's heading). */
export function dayWithoutYear(date: PlainDate): string {
  const { day, month } = dateParts(date);
  return `${WEEKDAYS[isoWeekday(date) - 1]} ${day === 1 ? '1er' : day} ${MONTHS[month - 1]}`;
}

/** "décembre 2026". */
export function monthName(date: PlainDate): string {
  const { year, month } = dateParts(date);
  return `${MONTHS[month - 1]} ${year}`;
}

/** The Paris day of an instant. */
export function parisDayOf(iso: string): PlainDate {
  return datePart(parisLocalDateTime(new Date(iso)));
}

/** "9 h 30" in Paris. */
export function parisTime(iso: string): string {
  return formatTimeFr(parisLocalDateTime(new Date(iso)));
}

/** The word and tone of a séance's state in the agenda. */
export function agendaStatus(s: Pick<AgendaSeance, 'status' | 'awaitingSignature'>): { label: string; tone: ChipTone } {
  if (s.status === 'held')
    return s.awaitingSignature ? { label: 'À signer', tone: 'warning' } : { label: 'Réalisée', tone: 'success' };
  if (s.status === 'planned') return { label: SEANCE_STATUS_LABELS.planned, tone: 'info' };
  if (s.status === 'cancelled') return { label: SEANCE_STATUS_LABELS.cancelled, tone: 'neutral' };
  return { label: SEANCE_STATUS_LABELS.no_show, tone: 'danger' };
}

/** "En présentiel : Bureau 2", "À distance", "Travail personnel" (short: a column is narrow). */
export function agendaWhere(s: Pick<AgendaSeance, 'mode' | 'place'>): string {
  if (s.mode === 'remote') return 'À distance';
  return s.mode === 'in_person' && s.place
    ? `${SEANCE_MODE_LABELS.in_person} : ${s.place}`
    : SEANCE_MODE_LABELS[s.mode];
}

/** "lundi 7 décembre 2026, de 9 h 30 à 11 h" in Paris. */
export function slotFr(startIso: string, endIso: string): string {
  return `${longDay(parisDayOf(startIso))}, de ${parisTime(startIso)} à ${parisTime(endIso)}`;
}

/** "lundi 7 décembre 2026 à 11 h 05" in Paris. */
export function momentFr(iso: string): string {
  return `${longDay(parisDayOf(iso))} à ${parisTime(iso)}`;
}
