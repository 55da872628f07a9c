/**
 * JSON responses for values that may come from a read cache: the same (immutable) object is
 * serialised once, not on every request, and compressed once for the browsers that accept gzip
 * (every browser does): a large answer served from memory then costs a buffer write, not a
 * serialisation and a compression per request.
 */
import { gzipSync } from 'node:zlib';
import type { Ctx } from './context.ts';

/** Below this, compressing saves less than it costs the client to inflate. */
const COMPRESS_FROM_BYTES = 2048;

interface Serialised {
  body: string;
  gzip?: Uint8Array<ArrayBuffer>;
}

const serialised = new WeakMap<object, Serialised>();

function acceptsGzip(c: Ctx): boolean {
  const accepted = c.req.header('accept-encoding');
  return accepted !== undefined && /\bgzip\b/i.test(accepted);
}

export function cachedJson(c: Ctx, value: object, status: 200 | 201 = 200): Response {
  let entry = serialised.get(value);
  if (entry === undefined) {
    entry = { body: JSON.stringify(value) };
    serialised.set(value, entry);
  }
  const headers: Record<string, string> = { 'Content-Type': 'application/json; charset=UTF-8' };
  if (entry.body.length < COMPRESS_FROM_BYTES) return c.body(entry.body, status, headers);
  headers['Vary'] = 'Accept-Encoding';
  if (!acceptsGzip(c)) return c.body(entry.body, status, headers);
  entry.gzip ??= new Uint8Array(gzipSync(entry.body, { level: 6 }));
  headers['Content-Encoding'] = 'gzip';
  return c.body(entry.gzip, status, headers);
}
