/**
 * Account security rules: passwords, session lifetime, invitation and reset-link lifetime,
 * login throttling. Pure: time comes in as `now`.
 */
import { COMMON_PASSWORDS_TEXT } from './common-passwords.ts';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;

export type PasswordProblem = 'too_short' | 'too_long' | 'same_as_email' | 'blank' | 'common';

let commonPasswords: Set<string> | undefined;
function isCommonWord(word: string): boolean {
  commonPasswords ??= new Set(COMMON_PASSWORDS_TEXT.split('\n').filter(Boolean));
  return commonPasswords.has(word);
}

/** Each character one step after (or before) the previous one: `123456789012`, `abcdef`, `987654`. */
function isRun(text: string): boolean {
  const codes = [...text].map((c) => c.codePointAt(0)!);
  const step = (a: number, b: number) =>
    /\d/.test(String.fromCodePoint(a)) && /\d/.test(String.fromCodePoint(b)) ? (b - a + 10) % 10 : b - a;
  const first = step(codes[0]!, codes[1]!);
  if (first !== 1 && first !== -1 && first !== 9) return false;
  return codes.slice(1).every((code, i) => step(codes[i]!, code) === first);
}

/**
 * A password anyone would try first: a common one (whatever the case and spaces), a common one
 * wrapped in digits or symbols (`password1234`, `!azerty2024`), a run of keys (`123456789012`) or a
 * short pattern repeated (`abcabcabcabc`, twelve times the same letter).
 */
export function isGuessablePassword(password: string): boolean {
  const plain = password.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
  if (plain.length === 0) return true;
  if (isCommonWord(plain)) return true;
  const core = plain.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  if (core.length >= 3 && isCommonWord(core)) return true;
  if (new Set(plain).size <= 3) return true;
  if (/^(.{1,4})\1+$/u.test(plain)) return true;
  return plain.length >= 2 && isRun(plain);
}

/** CNIL 2022 guidance: at least 12 characters, not a common password; the length cap bounds the hashing cost. */
export function passwordProblems(password: string, email: string): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  const length = [...password].length;
  if (password.trim() === '') return ['blank'];
  if (length < PASSWORD_MIN_LENGTH) problems.push('too_short');
  if (length > PASSWORD_MAX_LENGTH) problems.push('too_long');
  if (email && password.trim().toLowerCase() === email.trim().toLowerCase()) problems.push('same_as_email');
  else if (problems.length === 0 && isGuessablePassword(password)) problems.push('common');
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

/** A hard throttle (the contact form): failures counted in a window, then the key is blocked for a while. */
export interface ThrottleRule {
  maxFailures: number;
  windowMs: number;
  blockMs: number;
}

/**
 * Sign-in throttling (decision 023): each attempt is counted before the password is checked, and
 * past a few free attempts each new one makes the key wait longer (doubling up to a cap), instead
 * of locking it. Counters are per account and address, per account, and per address.
 */
export interface DelayRule {
  /** Attempts in a window before any wait. */
  freeAttempts: number;
  windowMs: number;
  /** The wait after the last free attempt; it doubles with each further one, up to `maxDelayMs`. */
  firstDelayMs: number;
  maxDelayMs: number;
}

/** One address guessing one account: 5 tries, then 1, 2, 4… minutes, up to an hour. Only that address waits. */
export const ACCOUNT_ADDRESS_THROTTLE: DelayRule = {
  freeAttempts: 5,
  windowMs: DAY,
  firstDelayMs: MINUTE,
  maxDelayMs: HOUR,
};
/**
 * One account guessed from many addresses: 20 tries, then 1, 2, 4 minutes at most. A stranger can
 * make the owner wait a few minutes, never lock them out; the guesser gets at most one try a few minutes.
 */
export const ACCOUNT_THROTTLE: DelayRule = {
  freeAttempts: 20,
  windowMs: DAY,
  firstDelayMs: MINUTE,
  maxDelayMs: 4 * MINUTE,
};
/** One address trying many accounts (credential stuffing): 100 tries an hour, then growing waits up to 15 minutes. */
export const ADDRESS_THROTTLE: DelayRule = {
  freeAttempts: 100,
  windowMs: HOUR,
  firstDelayMs: MINUTE,
  maxDelayMs: 15 * MINUTE,
};

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

/**
 * Claims one attempt on a key at `now`: refused while the key waits, otherwise the new state,
 * which makes the key wait when the free attempts are used up (a success clears it afterwards).
 */
export function claimAttempt(
  state: ThrottleState | undefined,
  rule: DelayRule,
  now: Date,
): { allowed: true; state: ThrottleState } | { allowed: false; minutesLeft: number } {
  const minutesLeft = blockedMinutesLeft(state, now);
  if (minutesLeft > 0) return { allowed: false, minutesLeft };
  const fresh = !state || now.getTime() - state.windowStartedAt.getTime() >= rule.windowMs;
  const failures = fresh ? 1 : state.failures + 1;
  const beyond = failures - rule.freeAttempts;
  const delay = beyond < 0 ? 0 : Math.min(rule.maxDelayMs, rule.firstDelayMs * 2 ** Math.min(beyond, 30));
  return {
    allowed: true,
    state: {
      failures,
      windowStartedAt: fresh ? now : state.windowStartedAt,
      blockedUntil: delay > 0 ? addMs(now, delay) : null,
    },
  };
}
