/**
 * JSON responses for values that may come from a read cache: the same (immutable) object is
 * serialised once, not on every request.
 */
import type { Ctx } from './context.ts';

const serialised = new WeakMap<object, string>();

export function cachedJson(c: Ctx, value: object, status: 200 | 201 = 200): Response {
  let body = serialised.get(value);
  if (body === undefined) {
    body = JSON.stringify(value);
    serialised.set(value, body);
  }
  return c.body(body, status, { 'Content-Type': 'application/json; charset=UTF-8' });
}
