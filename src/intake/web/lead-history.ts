/** One line of a lead's history, in French: a status change, an assignment or a move of the entretien. */
import type { LeadHistoryView } from '../contracts/schemas.ts';
import { LEAD_STATUS_LABELS } from '../contracts/labels.ts';
import { formatDateTime } from '../../ui/format.ts';

export function historyLine(h: LeadHistoryView): string {
  const what =
    h.event === 'assigned'
      ? `Attribuée à ${h.detail ?? 'un·e consultant·e'}`
      : h.event === 'unassigned'
        ? 'Attribution retirée'
        : h.event === 'interview_moved'
          ? `Entretien préalable déplacé au ${h.detail ? formatDateTime(h.detail) : 'nouveau créneau'}`
          : LEAD_STATUS_LABELS[h.to];
  const who = h.by ? `, par ${h.by}` : ', depuis la page publique';
  return `${formatDateTime(h.at)} : ${what}${who}${h.reason ? ` (${h.reason})` : ''}`;
}
