/**
 * Where a request comes from: the client IP (X-Forwarded-For only behind a trusted proxy) and
 * the user agent, for the audit log, signature evidence and per-address throttling.
 *
 * Behind proxies (TRUST_PROXY=on), X-Forwarded-For is read from the right: each proxy appends the
 * address it received the request from, so only the rightmost entries, written by our own proxies,
 * can be believed; anything to their left may be forged by the client (issue 10).
 */
import { BlockList, isIP } from 'node:net';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Origin } from '../deps.ts';
import type { Ctx } from './context.ts';

/**
 * Which proxies in front of the app are trusted (TRUSTED_PROXIES): the number of them on every
 * request's path, or their addresses and ranges (CIDR).
 */
export type TrustedProxies = { hops: number } | { ranges: readonly string[] };

/** One proxy in front of the app: the rightmost X-Forwarded-For address is the client. */
export const ONE_PROXY: TrustedProxies = { hops: 1 };

/** A list of addresses and CIDR ranges as a matcher, or an error message for the first bad entry. */
export function proxyMatcher(ranges: readonly string[]): ((ip: string) => boolean) | string {
  const list = new BlockList();
  for (const entry of ranges) {
    const [address = '', prefix, ...rest] = entry.split('/');
    const family = isIP(address);
    const bits = family === 4 ? 32 : 128;
    if (!family || rest.length > 0) return entry;
    const type = family === 4 ? 'ipv4' : 'ipv6';
    if (prefix === undefined) {
      list.addAddress(address, type);
    } else {
      if (!/^\d{1,3}$/.test(prefix) || Number(prefix) > bits) return entry;
      list.addSubnet(address, Number(prefix), type);
    }
  }
  return (ip) => {
    const family = isIP(ip);
    return family !== 0 && list.check(ip, family === 4 ? 'ipv4' : 'ipv6');
  };
}

/**
 * The client's address from the socket's peer and the X-Forwarded-For header:
 * - `{ hops: n }`: the n-th address from the right of the chain (the leftmost if shorter);
 * - `{ ranges }`: the peer if it is not a trusted proxy, else the rightmost address of the
 *   header that is not one.
 * An entry that is not an IP address is not believed: the peer is taken instead.
 */
export function clientAddress(
  peer: string | null,
  forwardedFor: string | undefined,
  trusted: TrustedProxies,
): string | null {
  const chain = (forwardedFor ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  let candidate: string | undefined;
  if ('hops' in trusted) {
    candidate = chain[Math.max(0, chain.length - trusted.hops)];
  } else {
    const isTrusted = proxyMatcher(trusted.ranges);
    if (typeof isTrusted === 'string') return peer;
    if (peer !== null && !isTrusted(peer)) return peer;
    candidate = chain.findLast((ip) => !isTrusted(ip)) ?? chain[0];
  }
  return candidate !== undefined && isIP(candidate) ? candidate : peer;
}

export function requestOrigin(c: Ctx, trustProxy: boolean, trusted: TrustedProxies = ONE_PROXY): Origin {
  let peer: string | null;
  try {
    peer = getConnInfo(c).remote.address ?? null;
  } catch {
    peer = null; // In-process requests (tests) have no socket.
  }
  const ip = trustProxy ? clientAddress(peer, c.req.header('x-forwarded-for'), trusted) : peer;
  return { ip: ip?.slice(0, 100) ?? null, userAgent: c.req.header('user-agent')?.slice(0, 500) ?? null };
}
