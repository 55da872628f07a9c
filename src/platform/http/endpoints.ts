/**
 * Binds a handler to an endpoint of the contracts (decision 021): the path parameters, the JSON
 * body and the query string are checked with the endpoint's schemas before the handler runs (a
 * French 4xx otherwise), and the handler's result, typed by the endpoint, is written as JSON, as
 * 204 No Content or as a file. Routes stay thin: validate (here), call one use case, map errors
 * (`app/http.ts`).
 */
import { Hono } from 'hono';
import type { z } from 'zod';
import type {
  AnyEndpoint,
  Endpoint,
  FileAnswer,
  HttpMethod,
  ParamNames,
  ResponseKind,
} from '../../shared/api/endpoint.ts';
import { AppError } from '../../shared/errors.ts';
import type { Actor, Deps } from '../deps.ts';
import { actorOf, type Ctx, type Env } from './context.ts';
import { cachedJson } from './json.ts';
import { fieldErrors, jsonBody } from './validate.ts';

type Output<S> = S extends z.ZodType ? z.output<S> : undefined;

export interface EndpointInput<E extends AnyEndpoint> {
  params: { [K in ParamNames<E['path']>]: string };
  body: Output<E['body']>;
  query: Output<E['query']>;
  deps: Deps;
  /** The signed-in person (401 when nobody is). */
  actor(): Actor;
}

type Answer<E> =
  E extends Endpoint<
    HttpMethod,
    string,
    z.ZodType | undefined,
    z.ZodType | undefined,
    infer R,
    infer K extends ResponseKind
  >
    ? K extends 'file'
      ? FileAnswer
      : K extends 'none'
        ? void
        : R
    : never;

export type Handler<E extends AnyEndpoint> = (input: EndpointInput<E>, c: Ctx) => Promise<Answer<E>> | Answer<E>;

const cachedValues = new WeakSet<object>();

/** Marks an answer that comes from a read cache: the same object is then serialised once (`json.ts`). */
export function fromCache<T extends object>(value: T): T {
  cachedValues.add(value);
  return value;
}

function readParams(c: Ctx, endpoint: AnyEndpoint): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [name, schema] of Object.entries(endpoint.params as Record<string, z.ZodType<string>>)) {
    const parsed = schema.safeParse(c.req.param(name));
    if (!parsed.success) throw new AppError(endpoint.paramError ?? 'not_found');
    params[name] = parsed.data;
  }
  return params;
}

function readQuery(c: Ctx, endpoint: AnyEndpoint): unknown {
  if (!endpoint.query) return undefined;
  const parsed = endpoint.query.safeParse(c.req.query());
  if (parsed.success) return parsed.data;
  if (endpoint.queryError) throw new AppError(endpoint.queryError, { message: parsed.error.issues[0]?.message });
  throw new AppError('validation_failed', { fields: fieldErrors(parsed.error) });
}

function write(c: Ctx, endpoint: AnyEndpoint, result: unknown): Response {
  if (endpoint.kind === 'none') return c.body(null, 204);
  if (endpoint.kind === 'file') {
    const file = result as FileAnswer;
    c.header('Content-Type', file.contentType);
    const utf8 = file.utf8Filename === undefined ? '' : `; filename*=UTF-8''${encodeURIComponent(file.utf8Filename)}`;
    c.header('Content-Disposition', `${file.disposition}; filename="${file.filename}"${utf8}`);
    c.header('X-Content-Type-Options', 'nosniff');
    return c.body(new Uint8Array(file.bytes));
  }
  const status = endpoint.status as 200 | 201;
  const value = result as object;
  return cachedValues.has(value) ? cachedJson(c, value, status) : c.json(value, status);
}

/** A group of routes of one capability, each bound to one endpoint. */
export class EndpointRoutes {
  readonly app = new Hono<Env>();

  on<E extends AnyEndpoint>(endpoint: E, handler: NoInfer<Handler<E>>): this {
    const route = async (c: Ctx) => {
      // Who asks comes first: without a session, 401 whatever the parameters and the body.
      if (!endpoint.public) actorOf(c);
      const params = readParams(c, endpoint);
      const query = readQuery(c, endpoint);
      const body = endpoint.body && !endpoint.rawBody ? await jsonBody(c, endpoint.body) : undefined;
      const input = { params, body, query, deps: c.get('deps'), actor: () => actorOf(c) } as EndpointInput<E>;
      return write(c, endpoint, await handler(input, c));
    };
    if (endpoint.method === 'GET') this.app.get(endpoint.path, route);
    else this.app.post(endpoint.path, route);
    return this;
  }
}

export function endpointRoutes(): EndpointRoutes {
  return new EndpointRoutes();
}
