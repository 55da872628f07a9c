/**
 * The CPF earliest start: the first day a bilan may start after its CPF order was validated on
 * `validatedOn` (general information, public). Refuses a date that does not exist, lies outside
 * the supported calendar or comes before CPF orders existed.
 */
import { isPlainDate, parsePlainDate } from '../../shared/calendar/plain-date.ts';
import { FIRST_SUPPORTED_YEAR, LAST_SUPPORTED_YEAR } from '../../shared/calendar/holidays.ts';
import { AppError } from '../../shared/errors.ts';
import { formatDateFr } from '../../shared/rules/format.ts';
import { cpfEarliestStart, cpfOrdersOpenedOn } from '../domain/cpf-calendar.ts';

export function getCpfEarliestStart(validatedOn: string): { earliestStart: string } {
  const year = Number(validatedOn.slice(0, 4));
  if (!isPlainDate(validatedOn) || year < FIRST_SUPPORTED_YEAR || year >= LAST_SUPPORTED_YEAR) {
    throw new AppError('invalid_date_query', {
      message: `La date « ${validatedOn} » n’existe pas ou sort du calendrier pris en charge.`,
    });
  }
  const opened = cpfOrdersOpenedOn();
  if (validatedOn < opened) {
    throw new AppError('invalid_date_query', {
      message: `Les commandes CPF existent depuis le ${formatDateFr(opened)}, ouverture de Mon Compte Formation : indiquez une date de validation à partir de ce jour.`,
    });
  }
  return { earliestStart: cpfEarliestStart(parsePlainDate(validatedOn)) };
}
