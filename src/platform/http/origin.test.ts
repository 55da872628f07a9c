import { describe, expect, it } from 'vitest';
import { clientAddress, proxyMatcher } from './origin.ts';

describe('the client address behind proxies (issue 10)', () => {
  it('takes the address the one trusted proxy saw, not a forged leftmost one', () => {
    // The client sent "X-Forwarded-For: 203.0.113.9"; the proxy appended the real peer.
    expect(clientAddress('10.0.0.2', '203.0.113.9, 198.51.100.20', { hops: 1 })).toBe('198.51.100.20');
    expect(clientAddress('10.0.0.2', '198.51.100.20', { hops: 1 })).toBe('198.51.100.20');
    expect(clientAddress('10.0.0.2', ' 1.1.1.1 ,2.2.2.2,  198.51.100.20 ', { hops: 1 })).toBe('198.51.100.20');
  });

  it('counts several proxies from the right', () => {
    expect(clientAddress('10.0.0.2', '203.0.113.9, 198.51.100.20, 10.0.0.7', { hops: 2 })).toBe('198.51.100.20');
    expect(clientAddress('10.0.0.2', '198.51.100.20', { hops: 3 })).toBe('198.51.100.20');
  });

  it('skips the listed proxies from the right', () => {
    const trusted = { ranges: ['10.0.0.0/8', '2001:db8::/32', '192.0.2.7'] };
    expect(clientAddress('10.0.0.2', '203.0.113.9, 198.51.100.20, 192.0.2.7, 10.1.2.3', trusted)).toBe('198.51.100.20');
    expect(clientAddress('::ffff:10.0.0.2', '2001:db8:1::5, 198.51.100.21', trusted)).toBe('198.51.100.21');
    expect(clientAddress('10.0.0.2', '203.0.113.9, 2001:db8::1', trusted)).toBe('203.0.113.9');
    // Only proxies in the chain: the leftmost is the best we know.
    expect(clientAddress('10.0.0.2', '10.9.9.9, 10.0.0.3', trusted)).toBe('10.9.9.9');
  });

  it('ignores the header when the peer is not a listed proxy', () => {
    expect(clientAddress('198.51.100.30', '203.0.113.9', { ranges: ['10.0.0.0/8'] })).toBe('198.51.100.30');
  });

  it('falls back to the peer without a header or with an entry that is not an address', () => {
    expect(clientAddress('10.0.0.2', undefined, { hops: 1 })).toBe('10.0.0.2');
    expect(clientAddress('10.0.0.2', '', { hops: 1 })).toBe('10.0.0.2');
    expect(clientAddress('10.0.0.2', '203.0.113.9, <script>', { hops: 1 })).toBe('10.0.0.2');
    expect(clientAddress(null, 'unknown', { hops: 1 })).toBeNull();
  });

  it('reads a list of addresses and ranges, and names a bad entry', () => {
    const matcher = proxyMatcher(['10.0.0.0/8', '::1']);
    expect(typeof matcher).toBe('function');
    if (typeof matcher === 'function') {
      expect(matcher('10.200.0.1')).toBe(true);
      expect(matcher('::ffff:10.200.0.1')).toBe(true);
      expect(matcher('::1')).toBe(true);
      expect(matcher('11.0.0.1')).toBe(false);
      expect(matcher('pas une adresse')).toBe(false);
    }
    expect(proxyMatcher(['10.0.0.0/33'])).toBe('10.0.0.0/33');
    expect(proxyMatcher(['10.0.0.0/8/1'])).toBe('10.0.0.0/8/1');
    expect(proxyMatcher(['proxy.local'])).toBe('proxy.local');
  });
});
