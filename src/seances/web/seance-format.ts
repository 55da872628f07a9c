/** How séances read in French on screens. */
import type { SeanceView } from '../contracts/schemas.ts';
import { SEANCE_MODE_LABELS } from '../contracts/labels.ts';
import { slotFr } from './agenda-format.ts';

const time = new Intl.DateTimeFormat('fr-FR', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Paris' });
const isoDay = new Intl.DateTimeFormat('en-CA', {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  timeZone: 'Europe/Paris',
});

/** "lundi 7 décembre 2026, de 9 h 30 à 11 h" in Paris (design brief: times the French way). */
export const slot = slotFr;

export function timeOf(iso: string): string {
  return time.format(new Date(iso));
}

/** `YYYY-MM-DD` in Paris, for date inputs. */
export function dayOf(iso: string): string {
  return isoDay.format(new Date(iso));
}

export function whereLabel(s: Pick<SeanceView, 'mode' | 'place' | 'link'>): string {
  if (s.mode === 'in_person') return `${SEANCE_MODE_LABELS.in_person} : ${s.place ?? ''}`;
  if (s.mode === 'remote') return SEANCE_MODE_LABELS.remote;
  return SEANCE_MODE_LABELS.personal_work;
}
