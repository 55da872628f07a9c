/**
 * French renderings used inside rule messages. Deterministic (no Intl, no locale data), so
 * messages are identical on every machine and can be asserted in tests.
 *
 * Typography: a narrow no-break space (U+202F) groups thousands, a no-break space (U+00A0)
 * comes before "€", "%" and "h".
 */
import type { LocalDateTime } from '../calendar/local-date-time.ts';
import { dateParts, type PlainDate } from '../calendar/plain-date.ts';

export const NBSP = '\u00A0';
export const NNBSP = '\u202F';

/** French month names, January first. */
export const MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
] as const;

/** `2026-05-01` → "1er mai 2026"; `2026-05-22` → "22 mai 2026". */
export function formatDateFr(date: PlainDate): string {
  const { year, month, day } = dateParts(date);
  return `${day === 1 ? '1er' : String(day)} ${MONTHS[month - 1] ?? ''} ${year}`;
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, NNBSP);
}

/** 160000 → "1 600,00 €"; -2550 → "-25,50 €". */
export function formatEurosFr(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const absolute = Math.abs(Math.trunc(cents));
  const euros = Math.floor(absolute / 100);
  const rest = String(absolute % 100).padStart(2, '0');
  return `${sign}${groupThousands(String(euros))},${rest}${NBSP}€`;
}

/** 1440 → "24 h"; 1470 → "24 h 30"; 45 → "45 min"; 0 → "0 min". */
export function formatMinutesFr(minutes: number): string {
  const sign = minutes < 0 ? '-' : '';
  const absolute = Math.abs(Math.trunc(minutes));
  const hours = Math.floor(absolute / 60);
  const rest = absolute % 60;
  if (hours === 0) return `${sign}${rest}${NBSP}min`;
  return rest === 0 ? `${sign}${hours}${NBSP}h` : `${sign}${hours}${NBSP}h${NBSP}${String(rest).padStart(2, '0')}`;
}

/** 3000 basis points → "30 %"; 3050 → "30,5 %". */
export function formatBasisPointsFr(basisPoints: number): string {
  const text = (basisPoints / 100)
    .toFixed(2)
    .replace(/\.?0+$/, '')
    .replace('.', ',');
  return `${text}${NBSP}%`;
}

/** "1 jour", "2 jours"; "1 jour ouvré", "11 jours ouvrés". */
export function pluralFr(count: number, singular: string, plural: string): string {
  return `${count}${NBSP}${Math.abs(count) >= 2 ? plural : singular}`;
}

/** `2026-05-22T09:00` → "9 h"; `2026-05-22T14:30` → "14 h 30". */
export function formatTimeFr(dateTime: LocalDateTime): string {
  const hours = Number(dateTime.slice(11, 13));
  const minutes = dateTime.slice(14, 16);
  return minutes === '00' ? `${hours}${NBSP}h` : `${hours}${NBSP}h${NBSP}${minutes}`;
}
