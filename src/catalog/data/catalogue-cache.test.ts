import { describe, expect, it } from 'vitest';
import { CatalogueCache, type CatalogueSource } from './catalogue-cache.ts';

function source(initial: string | null) {
  const state = { stamp: initial, loads: 0, stampReads: 0 };
  const src: CatalogueSource<string> = {
    readStamp: async () => {
      state.stampReads++;
      return state.stamp;
    },
    load: async () => {
      state.loads++;
      return state.stamp === null ? null : { stamp: state.stamp, value: `index ${state.stamp}` };
    },
  };
  return { state, src };
}

describe('CatalogueCache', () => {
  it('loads once, shares a build between concurrent callers, and answers null without a catalogue', async () => {
    const cache = new CatalogueCache<string>(1000);
    const empty = source(null);
    expect(await cache.get(empty.src, 0)).toBeNull();
    const { state, src } = source('v60');
    const other = new CatalogueCache<string>(1000);
    const [a, b] = await Promise.all([other.get(src, 0), other.get(src, 0)]);
    expect([a, b, state.loads]).toEqual(['index v60', 'index v60', 1]);
  });

  it('checks the stamp at most every recheck interval and rebuilds in the background on change', async () => {
    const cache = new CatalogueCache<string>(1000);
    const { state, src } = source('v60');
    expect(await cache.get(src, 0)).toBe('index v60');
    state.stamp = 'v61';
    expect(await cache.get(src, 500)).toBe('index v60');
    expect(state.stampReads).toBe(0);
    // Past the interval: the stamp changed, the previous index answers while the new one builds.
    expect(await cache.get(src, 1500)).toBe('index v60');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await cache.get(src, 1600)).toBe('index v61');
    expect(state.loads).toBe(2);
  });

  it('refresh rebuilds only a cache that was used', async () => {
    const cache = new CatalogueCache<string>(1000);
    const { state, src } = source('v60');
    await cache.refresh(src);
    expect(state.loads).toBe(0);
    await cache.get(src, 0);
    state.stamp = 'v61';
    await cache.refresh(src);
    expect(await cache.get(src, 10)).toBe('index v61');
  });
});
