import { describe, expect, it } from 'vitest';
import {
  ACCOUNT_THROTTLE,
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
    expect(passwordProblems('a'.repeat(12), 'x@y.fr')).toEqual([]);
    expect(passwordProblems('éééééééééééé', 'x@y.fr')).toEqual([]);
  });
  it('refuses very long passwords and the e-mail address itself', () => {
    expect(passwordProblems('a'.repeat(201), 'x@y.fr')).toEqual(['too_long']);
    expect(passwordProblems('Marie.Dupont@exemple.fr', 'marie.dupont@exemple.fr')).toEqual(['same_as_email']);
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

describe('login throttle', () => {
  it('blocks after the fifth failure within the window, for fifteen minutes', () => {
    let state = undefined;
    const now = t('2026-01-01T08:00:00Z');
    for (let i = 1; i <= 4; i++) {
      state = afterFailure(state, ACCOUNT_THROTTLE, now);
      expect(blockedMinutesLeft(state, now)).toBe(0);
    }
    state = afterFailure(state, ACCOUNT_THROTTLE, now);
    expect(blockedMinutesLeft(state, now)).toBe(15);
    expect(blockedMinutesLeft(state, t('2026-01-01T08:14:01Z'))).toBe(1);
    expect(blockedMinutesLeft(state, t('2026-01-01T08:15:00Z'))).toBe(0);
  });
  it('starts a new window when the previous one is over', () => {
    const first = afterFailure(undefined, ACCOUNT_THROTTLE, t('2026-01-01T08:00:00Z'));
    const four = [1, 2, 3].reduce((s) => afterFailure(s, ACCOUNT_THROTTLE, t('2026-01-01T08:01:00Z')), first);
    expect(four.failures).toBe(4);
    const later = afterFailure(four, ACCOUNT_THROTTLE, t('2026-01-01T08:15:00Z'));
    expect(later).toMatchObject({ failures: 1, blockedUntil: null });
  });
});
