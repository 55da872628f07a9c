/** How the status and deadline of a request read, for both pages. */
import { formatDateFr } from '../../shared/rules/format.ts';
import { parsePlainDate } from '../../shared/calendar/plain-date.ts';
import type { ChipTone } from '../../ui/StatusChip.tsx';
import type { RequestStatus } from '../contracts/schemas.ts';
import type { DeadlineState } from '../domain/deadline.ts';

export const STATUS_TONES: Record<RequestStatus, ChipTone> = {
  received: 'info',
  in_progress: 'info',
  answered: 'success',
  refused: 'neutral',
};

export const STATE_LABELS: Record<DeadlineState, string> = {
  on_time: 'Dans les délais',
  due_soon: 'Échéance proche',
  overdue: 'En retard',
};

export const STATE_TONES: Record<DeadlineState, ChipTone> = {
  on_time: 'neutral',
  due_soon: 'warning',
  overdue: 'danger',
};

/** « 28 février 2026 ». */
export const dayFr = (iso: string) => formatDateFr(parsePlainDate(iso));
