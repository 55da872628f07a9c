/**
 * The rules of a share (decision 045), pure: the days a share may run to, its status, whether its
 * link still opens, and how long the visit an opening starts lasts.
 */
import { addDays, parsePlainDate, type PlainDate } from '../../shared/calendar/plain-date.ts';
import { formatDateFr } from '../../shared/rules/format.ts';
import { SHARE_DEFAULT_DAYS, SHARE_MAX_DAYS, type ShareStatus } from '../contracts/schemas.ts';

/** How long the documents can be downloaded once the link is opened. */
export const VISIT_MINUTES = 30;
/** At most this many shares per bilan, revoked and expired ones included. */
export const MAX_SHARES_PER_BILAN = 50;

/** The first and last day a new share may run to, and the one proposed. */
export function lastDayRange(today: PlainDate): { earliest: PlainDate; latest: PlainDate; proposed: PlainDate } {
  return {
    earliest: today,
    latest: addDays(today, SHARE_MAX_DAYS),
    proposed: addDays(today, SHARE_DEFAULT_DAYS),
  };
}

/** A French message when the last day chosen is out of range, or null. */
export function checkLastDay(lastDay: string, today: PlainDate): string | null {
  const { earliest, latest } = lastDayRange(today);
  const day = parsePlainDate(lastDay);
  if (day < earliest) return 'Le dernier jour du partage ne peut pas être déjà passé.';
  if (day > latest)
    return `Un partage dure au plus ${SHARE_MAX_DAYS} jours : choisissez un dernier jour au plus tard le ${formatDateFr(latest)}.`;
  return null;
}

/** The day after the last day: the link opens until that day starts in Paris. */
export function endDay(lastDay: string): PlainDate {
  return addDays(parsePlainDate(lastDay), 1);
}

interface ShareState {
  expires_at: Date;
  opened_at: Date | null;
  revoked_at: Date | null;
}

export function shareStatus(share: ShareState, now: Date): ShareStatus {
  if (share.revoked_at) return 'revoked';
  if (share.opened_at) return 'opened';
  if (share.expires_at <= now) return 'expired';
  return 'active';
}

export type LinkRefusal = { reason: 'used' | 'expired' | 'revoked'; message: string };

/** Why a share's link no longer opens, or null when it does. */
export function linkRefusal(share: ShareState & { lastDay: string }, now: Date): LinkRefusal | null {
  if (share.revoked_at)
    return {
      reason: 'revoked',
      message:
        'Ce partage a été retiré par la personne qui vous l’avait envoyé : les documents ne sont plus accessibles.',
    };
  if (share.opened_at)
    return {
      reason: 'used',
      message:
        'Ce lien a déjà été utilisé : il ne s’ouvre qu’une fois. Demandez à la personne qui vous l’a envoyé de partager à nouveau ses documents.',
    };
  if (share.expires_at <= now)
    return {
      reason: 'expired',
      message: `Ce lien de partage a expiré : il pouvait être ouvert jusqu’au ${formatDateFr(parsePlainDate(share.lastDay))} inclus. Demandez à la personne qui vous l’a envoyé de partager à nouveau ses documents.`,
    };
  return null;
}

/** Why a visit no longer downloads, or null while it does. */
export function visitRefusal(
  share: { revoked_at: Date | null; visit_expires_at: Date | null },
  now: Date,
): LinkRefusal | { reason: 'visit_over'; message: string } | null {
  if (share.revoked_at)
    return {
      reason: 'revoked',
      message:
        'Ce partage a été retiré par la personne qui vous l’avait envoyé : les documents ne sont plus accessibles.',
    };
  if (!share.visit_expires_at || share.visit_expires_at <= now)
    return {
      reason: 'visit_over',
      message: `La consultation est terminée : les documents se téléchargent pendant ${VISIT_MINUTES} minutes après l’ouverture du lien. Demandez à la personne qui vous l’a envoyé de partager à nouveau ses documents.`,
    };
  return null;
}
