/**
 * Asking for a password-reset link by e-mail. The request is only recorded: the same insert,
 * whether or not the address has an account, so the answer takes the same time and says nothing
 * (issue 10, finding 7; decision 023). `sendPasswordResetLinks` does the work afterwards.
 */
import type { PasswordResetRequest } from '../contracts/schemas.ts';
import type { Deps, Origin } from '../../platform/deps.ts';
import { recordPasswordResetRequest } from '../data/password-reset-repository.ts';

export async function requestPasswordReset(deps: Deps, origin: Origin, input: PasswordResetRequest): Promise<void> {
  await recordPasswordResetRequest(deps.db, {
    email: input.email,
    ip: origin.ip,
    userAgent: origin.userAgent,
    requestedAt: deps.clock.now(),
  });
}
