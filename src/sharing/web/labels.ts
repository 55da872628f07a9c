/** How a share reads on the pages (French). */
import { parsePlainDate } from '../../shared/calendar/plain-date.ts';
import { formatDateFr } from '../../shared/rules/format.ts';
import { DOCUMENT_LABELS, type SharedDocument, type ShareStatus } from '../contracts/schemas.ts';

export const STATUS_LABELS: Record<ShareStatus, string> = {
  active: 'Lien actif',
  opened: 'Lien ouvert',
  expired: 'Expiré',
  revoked: 'Retiré',
};

export const STATUS_TONES = {
  active: 'info',
  opened: 'success',
  expired: 'neutral',
  revoked: 'danger',
} as const;

/** « le document de synthèse et les résultats détaillés des questionnaires ». */
export function documentsSentence(documents: readonly SharedDocument[]): string {
  const names = documents.map((d) => DOCUMENT_LABELS[d].charAt(0).toLowerCase() + DOCUMENT_LABELS[d].slice(1));
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} et ${names.at(-1)}` : (names[0] ?? '');
}

/** `2027-01-05` → « 5 janvier 2027 ». */
export const dayFr = (day: string) => formatDateFr(parsePlainDate(day));
