/**
 * Domain checks that produce field errors, shared by services.
 */
import { passwordProblems } from '../accounts/domain/policies.ts';
import { PASSWORD_MESSAGES } from '../shared/fields.ts';
import { AppError } from '../shared/errors.ts';
import { parsePlainDate, type PlainDate } from '../shared/calendar/plain-date.ts';

/** Throws a 422 on the `password` field when the password breaks the policy. */
export function assertPasswordAcceptable(password: string, email: string): void {
  const problems = passwordProblems(password, email);
  if (problems.length > 0) {
    throw new AppError('validation_failed', {
      fields: { password: problems.map((p) => PASSWORD_MESSAGES[p]).join(' ') },
    });
  }
}

/**
 * A date the user says something happened on: it must exist and not be after `today`.
 * Throws a 422 on `field` otherwise.
 */
export function pastOrTodayDate(value: string, field: string, today: string, futureMessage: string): PlainDate {
  let date: PlainDate;
  try {
    date = parsePlainDate(value);
  } catch {
    throw new AppError('validation_failed', { fields: { [field]: 'Cette date n’existe pas.' } });
  }
  if (date > today) throw new AppError('validation_failed', { fields: { [field]: futureMessage } });
  return date;
}
