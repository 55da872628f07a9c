/**
 * Account security rules: passwords, session lifetime, invitation and reset-link lifetime,
 * login throttling. Pure: time comes in as `now`.
 */

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;

export type PasswordProblem = 'too_short' | 'too_long' | 'same_as_email';

/** CNIL 2022 guidance: at least 12 characters; the length cap bounds the hashing cost. */
export function passwordProblems(password: string, email: string): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) problems.push('too_short');
  if (length > PASSWORD_MAX_LENGTH) problems.push('too_long');
  if (email && password.trim().toLowerCase() === email.trim().toLowerCase()) problems.push('same_as_email');
  return problems;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export const SESSION_IDLE_TIMEOUT_MS = 4 * HOUR;
export const SESSION_ABSOLUTE_TIMEOUT_MS = 7 * DAY;
/** Refresh `last_seen_at`/`expires_at` at most this often, so reads do not all write. */
export const SESSION_TOUCH_INTERVAL_MS = 5 * MINUTE;

export const INVITATION_LIFETIME_MS = 7 * DAY;
export const PASSWORD_RESET_LIFETIME_MS = 1 * HOUR;

export function addMs(date: Date, ms: number): Date {
  return new Date(date.getTime() + ms);
}

/** The new expiry of a session seen at `now`: idle timeout, never past the absolute timeout. */
export function sessionExpiry(createdAt: Date, now: Date): Date {
  const idle = now.getTime() + SESSION_IDLE_TIMEOUT_MS;
  const absolute = createdAt.getTime() + SESSION_ABSOLUTE_TIMEOUT_MS;
  return new Date(Math.min(idle, absolute));
}

export function sessionNeedsTouch(lastSeenAt: Date, now: Date): boolean {
  return now.getTime() - lastSeenAt.getTime() >= SESSION_TOUCH_INTERVAL_MS;
}

/** Login throttling: failures counted in a window, then the key is blocked for a while. */
export interface ThrottleRule {
  maxFailures: number;
  windowMs: number;
  blockMs: number;
}

export const ACCOUNT_THROTTLE: ThrottleRule = { maxFailures: 5, windowMs: 15 * MINUTE, blockMs: 15 * MINUTE };
export const IP_THROTTLE: ThrottleRule = { maxFailures: 30, windowMs: 15 * MINUTE, blockMs: 15 * MINUTE };

export interface ThrottleState {
  failures: number;
  windowStartedAt: Date;
  blockedUntil: Date | null;
}

/** Minutes left before a blocked key may try again, or 0 when not blocked. */
export function blockedMinutesLeft(state: ThrottleState | undefined, now: Date): number {
  if (!state?.blockedUntil || state.blockedUntil.getTime() <= now.getTime()) return 0;
  return Math.ceil((state.blockedUntil.getTime() - now.getTime()) / MINUTE);
}

/** The state after one more failed attempt at `now`. */
export function afterFailure(state: ThrottleState | undefined, rule: ThrottleRule, now: Date): ThrottleState {
  const fresh = !state || now.getTime() - state.windowStartedAt.getTime() >= rule.windowMs;
  const failures = fresh ? 1 : state.failures + 1;
  const windowStartedAt = fresh ? now : state.windowStartedAt;
  const blockedUntil = failures >= rule.maxFailures ? addMs(now, rule.blockMs) : null;
  return { failures, windowStartedAt, blockedUntil };
}
