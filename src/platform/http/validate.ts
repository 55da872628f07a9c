/**
 * Validation at the edge: JSON bodies, route params and query strings go through zod schemas
 * from src/shared/contracts; failures become 4xx with French messages per field.
 */
import type { z } from 'zod';
import { AppError } from '../../shared/errors.ts';
import type { Ctx } from './context.ts';

export function fieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_';
    fields[key] ??= issue.message;
  }
  return fields;
}

export async function jsonBody<S extends z.ZodType>(c: Ctx, schema: S): Promise<z.output<S>> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\b/i.test(type)) throw new AppError('unsupported_media_type');
  let raw: unknown;
  try {
    raw = JSON.parse(await c.req.text());
  } catch {
    throw new AppError('malformed_json');
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new AppError('validation_failed', { fields: fieldErrors(parsed.error) });
  return parsed.data;
}

/** A route parameter that must match a schema; anything else is a 404 (nothing to find there). */
export function param<S extends z.ZodType>(c: Ctx, name: string, schema: S): z.output<S> {
  const parsed = schema.safeParse(c.req.param(name));
  if (!parsed.success) throw new AppError('not_found');
  return parsed.data;
}

export function query<S extends z.ZodType>(c: Ctx, schema: S): z.output<S> {
  const parsed = schema.safeParse(c.req.query());
  if (!parsed.success) throw new AppError('validation_failed', { fields: fieldErrors(parsed.error) });
  return parsed.data;
}
