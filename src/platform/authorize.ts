/**
 * Authorisation helpers used at the top of every service. A role that may not act gets 403;
 * a record outside the actor's reach (other organisation, other consultant, other beneficiary)
 * is reported as 404, as if it did not exist.
 */
import { AppError } from '../shared/errors.ts';
import type { Actor } from './deps.ts';
import type { Role } from '../accounts/domain/users.ts';

export function requireRole(actor: Actor, ...roles: Role[]): void {
  if (!roles.includes(actor.role)) throw new AppError('forbidden');
}

export function notFound(): never {
  throw new AppError('not_found');
}
