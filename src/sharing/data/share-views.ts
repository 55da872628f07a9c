/** A share row as the beneficiary's page reads it, and the Paris days of its expiry. */
import { localInstant, parisDate } from '../../platform/clock.ts';
import type { ShareView, SharedDocument, RecipientKind } from '../contracts/schemas.ts';
import { endDay, shareStatus } from '../domain/rules.ts';

/** The instant a share chosen to run until `lastDay` (inclusive, Paris) stops opening. */
export function expiryOf(lastDay: string): Date {
  return localInstant(endDay(lastDay), '00:00');
}

/** The last day (Paris) a share expiring at `expiresAt` opens. */
export function lastDayOf(expiresAt: Date): string {
  return parisDate(new Date(expiresAt.getTime() - 1));
}

interface Row {
  id: string;
  recipient_name: string;
  recipient_email: string;
  recipient_kind: string;
  documents: string[];
  expires_at: Date;
  consent_text: string;
  link_sent_at: Date;
  opened_at: Date | null;
  created_at: Date;
  revoked_at: Date | null;
  accesses: { kind: string; document: string | null; at: Date }[];
}

export function shareView(row: Row, now: Date): ShareView {
  return {
    id: row.id,
    recipientName: row.recipient_name,
    recipientEmail: row.recipient_email,
    recipientKind: row.recipient_kind as RecipientKind,
    documents: row.documents as SharedDocument[],
    createdAt: row.created_at.toISOString(),
    expiresAt: row.expires_at.toISOString(),
    lastDay: lastDayOf(row.expires_at),
    consentText: row.consent_text,
    linkSentAt: row.link_sent_at.toISOString(),
    openedAt: row.opened_at?.toISOString() ?? null,
    revokedAt: row.revoked_at?.toISOString() ?? null,
    status: shareStatus(row, now),
    accesses: row.accesses.map((a) => ({
      kind: a.kind as 'opened' | 'downloaded',
      document: a.document as SharedDocument | null,
      at: a.at.toISOString(),
    })),
  };
}
