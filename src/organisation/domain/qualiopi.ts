/**
 * The Qualiopi certificate's state on a date: missing, valid, expiring soon (within the warning
 * delay of the parameter table) or expired. A bilan financed by public or mutualised funds needs a
 * valid certificate (L6316-1), so the admin is warned before it lapses.
 */
import { daysBetween, type PlainDate } from '../../shared/calendar/plain-date.ts';
import { formatDateFr } from '../../shared/rules/format.ts';
import { parameterAt } from '../../shared/parameters/lookup.ts';
import type { ParameterTable } from '../../shared/parameters/definitions.ts';
import { DEFAULT_PARAMETER_TABLE } from '../../shared/parameters/default-table.ts';

export type QualiopiState =
  | { level: 'missing'; message: string }
  | { level: 'valid'; daysLeft: number; message: null }
  | { level: 'expiring'; daysLeft: number; message: string }
  | { level: 'expired'; daysLeft: number; message: string };

export function qualiopiState(
  expiresOn: PlainDate | null,
  today: PlainDate,
  table: ParameterTable = DEFAULT_PARAMETER_TABLE,
): QualiopiState {
  if (!expiresOn) {
    return {
      level: 'missing',
      message: 'La date d’expiration du certificat Qualiopi n’est pas renseignée : complétez le profil de l’organisme.',
    };
  }
  const daysLeft = daysBetween(today, expiresOn);
  if (daysLeft < 0) {
    return {
      level: 'expired',
      daysLeft,
      message: `Le certificat Qualiopi a expiré le ${formatDateFr(expiresOn)} : les bilans financés par des fonds publics ou mutualisés (CPF, OPCO, France Travail…) ne peuvent plus être proposés tant qu’il n’est pas renouvelé.`,
    };
  }
  const warnDays = parameterAt('qualiopi.expiryWarningCalendarDays', today, table);
  if (daysLeft <= warnDays) {
    const when = daysLeft === 0 ? 'aujourd’hui' : daysLeft === 1 ? 'demain' : `dans ${daysLeft} jours`;
    return {
      level: 'expiring',
      daysLeft,
      message: `Le certificat Qualiopi expire ${when} (le ${formatDateFr(expiresOn)}) : préparez l’audit de renouvellement.`,
    };
  }
  return { level: 'valid', daysLeft, message: null };
}
