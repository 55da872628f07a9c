/** How a share reads on the pages (French). */
import { parsePlainDate } from '../../shared/calendar/plain-date.ts';
import { formatDateFr } from '../../shared/rules/format.ts';
import type { ShareStatus } from '../contracts/schemas.ts';

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

/** `2027-01-05` → « 5 janvier 2027 ». */
export const dayFr = (day: string) => formatDateFr(parsePlainDate(day));
