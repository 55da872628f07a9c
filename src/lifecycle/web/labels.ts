/** French wording of the lifecycle's screens: dates of the schedule and the countdown. */
import { parsePlainDate } from '../../shared/calendar/plain-date.ts';
import { formatDateFr, pluralFr } from '../../shared/rules/format.ts';

export const frDate = (date: string) => formatDateFr(parsePlainDate(date));

export function countdown(daysLeft: number): string {
  if (daysLeft === 0) return 'aujourd’hui';
  return `dans ${pluralFr(daysLeft, 'jour', 'jours')}`;
}

export const MY_DATA_PATH = '/mon-bilan/mes-donnees';
export const RETENTION_PATH = '/mon-bilan/conservation';
export const MY_CERTIFICATE_PATH = '/mon-bilan/certificat-de-destruction';
export const staffCertificatePath = (bilanId: string) => `/certificats-de-destruction/${bilanId}`;
