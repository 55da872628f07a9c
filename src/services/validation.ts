/**
 * Domain checks that produce field errors, shared by services.
 */
import { passwordProblems } from '../domain/auth/policies.ts';
import { PASSWORD_MESSAGES } from '../shared/contracts/fields.ts';
import { AppError } from '../shared/errors.ts';

/** Throws a 422 on the `password` field when the password breaks the policy. */
export function assertPasswordAcceptable(password: string, email: string): void {
  const problems = passwordProblems(password, email);
  if (problems.length > 0) {
    throw new AppError('validation_failed', { fields: { password: problems.map((p) => PASSWORD_MESSAGES[p]).join(' ') } });
  }
}
