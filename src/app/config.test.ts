import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ConfigError, loadConfig } from './config.ts';

describe('TRUSTED_PROXIES (issue 10)', () => {
  it('defaults to one proxy', () => {
    expect(loadConfig({}).trustedProxies).toEqual({ hops: 1 });
  });

  it('reads a number of proxies or a list of addresses and CIDR ranges', () => {
    expect(loadConfig({ TRUST_PROXY: 'on', TRUSTED_PROXIES: '2' }).trustedProxies).toEqual({ hops: 2 });
    expect(loadConfig({ TRUSTED_PROXIES: '10.0.0.0/8, 192.0.2.7,2001:db8::/32' }).trustedProxies).toEqual({
      ranges: ['10.0.0.0/8', '192.0.2.7', '2001:db8::/32'],
    });
  });

  it('stops the start on a bad value, naming the setting in French and English', () => {
    for (const value of ['0', '11', 'proxy.local', '10.0.0.0/40', ',']) {
      let error: unknown;
      try {
        loadConfig({ TRUSTED_PROXIES: value });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).issues[0]).toMatch(/^TRUSTED_PROXIES=.*nombre de proxys.*must be a number/);
    }
  });
});

describe('npm start (issue 10, finding 13)', () => {
  it('bounds the heap for a small host, so resident memory stops growing (bench/results.md)', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      scripts: Record<string, string>;
    };
    const bound = /--max-old-space-size=(\d+)\b/.exec(pkg.scripts.start ?? '');
    expect(bound, 'npm start sets --max-old-space-size').not.toBeNull();
    // Room for the ROME indexes and an import at start (bench/results.md), well under 400 MB.
    expect(Number(bound![1])).toBeGreaterThanOrEqual(192);
    expect(Number(bound![1])).toBeLessThanOrEqual(320);
  });
});
