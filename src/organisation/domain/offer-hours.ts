/** The limits of an offer's hours. */
import type { PlainDate } from '../../shared/calendar/plain-date.ts';
import { parameterAt } from '../../shared/parameters/lookup.ts';
import { formatMinutes } from '../../shared/duration.ts';
import { AppError } from '../../shared/errors.ts';
import { MIN_PLANNED_MINUTES } from '../../bilans/domain/planned-hours.ts';
import type { Offer } from '../contracts/schemas.ts';

/** Accompaniment hours are at least one hour and never exceed the legal maximum in force (L6313-4) on `today`. */
export function checkOfferHours(input: Offer, today: PlainDate): void {
  const max = parameterAt('bilan.maxAccompanimentMinutes', today);
  if (input.accompanimentHours < MIN_PLANNED_MINUTES)
    throw new AppError('validation_failed', {
      fields: {
        accompanimentHours: `Indiquez au moins ${formatMinutes(MIN_PLANNED_MINUTES)} d’accompagnement.`,
      },
    });
  if (input.accompanimentHours > max) {
    throw new AppError('validation_failed', {
      fields: { accompanimentHours: `Un bilan compte au plus ${formatMinutes(max)} d’accompagnement.` },
    });
  }
  if (input.personalWorkHours > 200 * 60)
    throw new AppError('validation_failed', {
      fields: { personalWorkHours: 'Indiquez au plus 200 heures de travail personnel.' },
    });
}
