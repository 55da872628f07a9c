/**
 * The beneficiary's agreement to a share (legal.md BC-05: a per-recipient, per-document consent
 * record): the sentence the confirmation shows, stored word for word with the share.
 */
import { parsePlainDate } from '../../shared/calendar/plain-date.ts';
import { formatDateFr } from '../../shared/rules/format.ts';
import {
  DOCUMENT_LABELS,
  RECIPIENT_KIND_LABELS,
  type RecipientKind,
  type SharedDocument,
} from '../contracts/schemas.ts';
import { VISIT_MINUTES } from './rules.ts';

/** « le document de synthèse et les résultats détaillés des questionnaires ». */
export function documentsSentence(documents: readonly SharedDocument[]): string {
  const names = documents.map((d) => DOCUMENT_LABELS[d].charAt(0).toLowerCase() + DOCUMENT_LABELS[d].slice(1));
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} et ${names.at(-1)}` : (names[0] ?? '');
}

export function consentText(share: {
  documents: readonly SharedDocument[];
  recipientName: string;
  recipientKind: RecipientKind;
  recipientEmail: string;
  lastDay: string;
}): string {
  return (
    `J’accepte de transmettre ${documentsSentence(share.documents)} à ${share.recipientName} ` +
    `(${RECIPIENT_KIND_LABELS[share.recipientKind].toLowerCase()}, ${share.recipientEmail}), ` +
    `par un lien qui ne s’ouvre qu’une fois, jusqu’au ${formatDateFr(parsePlainDate(share.lastDay))} inclus, ` +
    `puis pendant ${VISIT_MINUTES} minutes après son ouverture. Je peux retirer ce partage à tout moment.`
  );
}
