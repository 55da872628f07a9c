/**
 * Where a request comes from: the client IP (X-Forwarded-For only behind a trusted proxy) and
 * the user agent, for the audit log and login throttling.
 */
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Origin } from '../deps.ts';
import type { Ctx } from './context.ts';

export function requestOrigin(c: Ctx, trustProxy: boolean): Origin {
  let ip: string | null = null;
  if (trustProxy) {
    ip = c.req.header('x-forwarded-for')?.split(',')[0]?.trim() || null;
  }
  if (!ip) {
    try {
      ip = getConnInfo(c).remote.address ?? null;
    } catch {
      ip = null; // In-process requests (tests) have no socket.
    }
  }
  return { ip: ip?.slice(0, 100) ?? null, userAgent: c.req.header('user-agent')?.slice(0, 500) ?? null };
}
