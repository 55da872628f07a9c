import { describe, expect, it } from 'vitest';
import {
  ACCOUNT_ADDRESS_THROTTLE,
  ACCOUNT_THROTTLE,
  claimAttempt,
  type ThrottleRule,
  type ThrottleState,
  SESSION_ABSOLUTE_TIMEOUT_MS,
  afterFailure,
  blockedMinutesLeft,
  passwordProblems,
  sessionExpiry,
  sessionNeedsTouch,
} from './policies.ts';

const t = (iso: string) => new Date(iso);

describe('password policy', () => {
  it('asks for 12 characters at least, counting characters not bytes', () => {
    expect(passwordProblems('a'.repeat(11), 'x@y.fr')).toEqual(['too_short']);
    expect(passwordProblems('abcdefghijk', 'x@y.fr')).toEqual(['too_short']);
    expect(passwordProblems('un été à Sète', 'x@y.fr')).toEqual([]);
    expect(passwordProblems('éléphantrosé', 'x@y.fr')).toEqual([]);
  });
  it('refuses very long passwords and the e-mail address itself', () => {
    expect(passwordProblems('a'.repeat(201), 'x@y.fr')).toEqual(['too_long']);
    expect(passwordProblems('Marie.Dupont@exemple.fr', 'marie.dupont@exemple.fr')).toEqual(['same_as_email']);
  });
});

describe('common and blank passwords (issue 10, finding 8)', () => {
  it('refuses the passwords an attacker tries first', () => {
    for (const password of [
      'password1234',
      '123456789012',
      'PassWord1234!',
      'azertyuiop123',
      '1234motdepasse',
      'qwertyuiop12',
      'abcabcabcabc',
      'aaaaaaaaaaaa',
      '098765432109',
      'abcdefghijklmnop',
    ]) {
      expect(passwordProblems(password, 'x@y.fr'), password).toEqual(['common']);
    }
  });
  it('refuses a password made only of spaces, with its own message', () => {
    expect(passwordProblems(' '.repeat(12), 'x@y.fr')).toEqual(['blank']);
    expect(passwordProblems('\t\u00a0'.repeat(8), 'x@y.fr')).toEqual(['blank']);
  });
  it('accepts passphrases and uncommon passwords', () => {
    for (const password of ['un mot de passe solide', 'Cheval-Agrafe-Pile-42', 'ma phrase secrète', 'tq8#Lm2!vX0p']) {
      expect(passwordProblems(password, 'x@y.fr'), password).toEqual([]);
    }
  });
});

describe('sessions', () => {
  it('slides the expiry but never past the absolute limit', () => {
    const created = t('2026-01-01T08:00:00Z');
    expect(sessionExpiry(created, t('2026-01-01T09:00:00Z')).toISOString()).toBe('2026-01-01T13:00:00.000Z');
    const late = new Date(created.getTime() + SESSION_ABSOLUTE_TIMEOUT_MS - 60_000);
    expect(sessionExpiry(created, late).getTime()).toBe(created.getTime() + SESSION_ABSOLUTE_TIMEOUT_MS);
  });
  it('touches at most every five minutes', () => {
    expect(sessionNeedsTouch(t('2026-01-01T08:00:00Z'), t('2026-01-01T08:04:59Z'))).toBe(false);
    expect(sessionNeedsTouch(t('2026-01-01T08:00:00Z'), t('2026-01-01T08:05:00Z'))).toBe(true);
  });
});

const HARD: ThrottleRule = { maxFailures: 5, windowMs: 15 * 60_000, blockMs: 15 * 60_000 };

describe('hard throttle (contact form)', () => {
  it('blocks after the fifth failure within the window, for fifteen minutes', () => {
    let state = undefined;
    const now = t('2026-01-01T08:00:00Z');
    for (let i = 1; i <= 4; i++) {
      state = afterFailure(state, HARD, now);
      expect(blockedMinutesLeft(state, now)).toBe(0);
    }
    state = afterFailure(state, HARD, now);
    expect(blockedMinutesLeft(state, now)).toBe(15);
    expect(blockedMinutesLeft(state, t('2026-01-01T08:14:01Z'))).toBe(1);
    expect(blockedMinutesLeft(state, t('2026-01-01T08:15:00Z'))).toBe(0);
  });
  it('starts a new window when the previous one is over', () => {
    const first = afterFailure(undefined, HARD, t('2026-01-01T08:00:00Z'));
    const four = [1, 2, 3].reduce((s) => afterFailure(s, HARD, t('2026-01-01T08:01:00Z')), first);
    expect(four.failures).toBe(4);
    const later = afterFailure(four, HARD, t('2026-01-01T08:15:00Z'));
    expect(later).toMatchObject({ failures: 1, blockedUntil: null });
  });
});

describe('sign-in delays (issue 10, finding 6)', () => {
  /** Claims attempts one minute apart while allowed; returns the waits (minutes) met along the way. */
  function waits(rule: typeof ACCOUNT_THROTTLE, attempts: number): number[] {
    let state: ThrottleState | undefined;
    let now = t('2026-01-01T08:00:00Z');
    const met: number[] = [];
    for (let i = 0; i < attempts; i++) {
      const claim = claimAttempt(state, rule, now);
      if (!claim.allowed) throw new Error('claimed while waiting');
      state = claim.state;
      const wait = blockedMinutesLeft(state, now);
      met.push(wait);
      now = new Date(now.getTime() + Math.max(wait, 1) * 60_000);
    }
    return met;
  }

  it('gives five free attempts per account and address, then waits that double up to an hour', () => {
    expect(waits(ACCOUNT_ADDRESS_THROTTLE, 13)).toEqual([0, 0, 0, 0, 1, 2, 4, 8, 16, 32, 60, 60, 60]);
  });

  it('lets strangers make an account wait at most four minutes, never lock it', () => {
    expect(waits(ACCOUNT_THROTTLE, 26).slice(18)).toEqual([0, 1, 2, 4, 4, 4, 4, 4]);
  });

  it('refuses a claim while the key waits, without counting it', () => {
    const now = t('2026-01-01T08:00:00Z');
    const state = { failures: 5, windowStartedAt: now, blockedUntil: t('2026-01-01T08:02:00Z') };
    expect(claimAttempt(state, ACCOUNT_ADDRESS_THROTTLE, t('2026-01-01T08:01:00Z'))).toEqual({
      allowed: false,
      minutesLeft: 1,
    });
  });
});
