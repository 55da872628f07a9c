import { describe, expect, it } from 'vitest';
import { ReadCache } from './read-cache.ts';

const cache = () => {
  const c = new ReadCache<string>({ maxAgeMs: 60_000, maxEntries: 100 });
  c.setEnabled(true);
  return c;
};

describe('read cache', () => {
  it('returns what was stored until it expires', () => {
    const c = cache();
    c.set('k', 'v', ['org:1'], c.stamp(['org:1']), 1_000, 0);
    expect(c.get('k', 999)).toBe('v');
    expect(c.get('k', 1_000)).toBeUndefined();
  });

  it('never keeps an entry longer than maxAge', () => {
    const c = cache();
    c.set('k', 'v', [], c.stamp([]), Number.MAX_SAFE_INTEGER, 0);
    expect(c.get('k', 59_999)).toBe('v');
    expect(c.get('k', 60_000)).toBeUndefined();
  });

  it('drops entries by tag', () => {
    const c = cache();
    c.set('a', '1', ['org:1'], c.stamp(['org:1']), 10_000, 0);
    c.set('b', '2', ['org:2'], c.stamp(['org:2']), 10_000, 0);
    c.invalidateTag('org:1');
    expect(c.get('a', 1)).toBeUndefined();
    expect(c.get('b', 1)).toBe('2');
  });

  it('does not store a read that raced with an invalidation', () => {
    const c = cache();
    const stamp = c.stamp(['org:1']);
    c.invalidateTag('org:1'); // the change committed while the read ran
    c.set('a', 'stale', ['org:1'], stamp, 10_000, 0);
    expect(c.get('a', 1)).toBeUndefined();
    c.set('a', 'fresh', ['org:1'], c.stamp(['org:1']), 10_000, 0);
    expect(c.get('a', 1)).toBe('fresh');
  });

  it('is off while disabled, and forgets everything when switched', () => {
    const c = cache();
    c.set('a', '1', [], c.stamp([]), 10_000, 0);
    c.setEnabled(false);
    expect(c.get('a', 1)).toBeUndefined();
    c.set('a', '1', [], c.stamp([]), 10_000, 0);
    c.setEnabled(true);
    expect(c.get('a', 1)).toBeUndefined();
  });

  it('with a global stamp, refuses to store after any invalidation', () => {
    const c = cache();
    const stamp = c.stampAll();
    c.invalidateTag('user:42');
    c.set('s', 'stale', ['user:7'], stamp, 10_000, 0);
    expect(c.size).toBe(0);
    c.set('s', 'fresh', ['user:7'], c.stampAll(), 10_000, 0);
    expect(c.get('s', 1)).toBe('fresh');
  });

  it('does not store a read that started before a reset', () => {
    const c = cache();
    const stamp = c.stamp(['org:1']);
    c.clear();
    c.set('a', 'stale', ['org:1'], stamp, 10_000, 0);
    expect(c.size).toBe(0);
  });
});
