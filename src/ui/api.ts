/**
 * The browser's API client (decision 021): `call(endpoint, input)` sends a request to an endpoint
 * of the contracts, typed by it (path parameters, body, query string, answer); `urlOf` gives the
 * address of a file to open or download. Errors are ApiError with the server's French message and
 * per-field messages.
 */
import type { z } from 'zod';
import type { AnyEndpoint, ParamNames, ResponseOf } from '../shared/api/endpoint.ts';
import type { ErrorBody, ErrorCode } from '../shared/errors.ts';

export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode | 'network';
  readonly fields: Record<string, string>;
  readonly details: unknown;
  constructor(
    status: number,
    code: ErrorCode | 'network',
    message: string,
    fields: Record<string, string> = {},
    details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
    this.details = details;
  }
}

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method,
      credentials: 'same-origin',
      // FormData (a file upload) sets its own multipart Content-Type with the boundary.
      headers:
        body === undefined || body instanceof FormData
          ? { Accept: 'application/json' }
          : { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : body instanceof FormData ? body : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'network', 'Le serveur ne répond pas. Vérifiez votre connexion Internet puis réessayez.');
  }
  if (response.status === 204) return undefined as T;
  const data = (await response.json().catch(() => undefined)) as unknown;
  if (!response.ok) {
    const error = (data as ErrorBody | undefined)?.error;
    throw new ApiError(
      response.status,
      error?.code ?? 'internal',
      error?.message ?? 'Une erreur inattendue est survenue. Réessayez dans un instant.',
      error?.fields ?? {},
      error?.details,
    );
  }
  return data as T;
}

type Input<S> = S extends z.ZodType ? z.input<S> : never;

type ParamsPart<E extends AnyEndpoint> = [ParamNames<E['path']>] extends [never]
  ? { params?: undefined }
  : { params: Record<ParamNames<E['path']>, string> };
type QueryPart<E extends AnyEndpoint> = E['query'] extends z.ZodType
  ? { query: Input<E['query']> }
  : { query?: undefined };
/** A JSON body, or a form (multipart) for the endpoints that take a file. */
type BodyPart<E extends AnyEndpoint> = E['body'] extends z.ZodType
  ? { body: Input<E['body']>; form?: undefined } | { form: FormData; body?: undefined }
  : { body?: undefined; form?: FormData };

export type CallInput<E extends AnyEndpoint> = ParamsPart<E> & QueryPart<E> & BodyPart<E>;

type Args<E extends AnyEndpoint> = object extends CallInput<E> ? [input?: CallInput<E>] : [input: CallInput<E>];

/** The path of an endpoint with its parameters, each encoded (`/bilans/…/seances`), under `/api`. */
export function urlOf<E extends AnyEndpoint>(endpoint: E, ...[input]: Args<E>): string {
  const params = (input?.params ?? {}) as Record<string, string>;
  const path = endpoint.path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`Missing parameter ${name} for ${endpoint.path}`);
    return encodeURIComponent(value);
  });
  const query = input?.query as Record<string, string | number | undefined> | undefined;
  const search = query
    ? new URLSearchParams(
        Object.entries(query).flatMap(([key, value]) => (value === undefined ? [] : [[key, String(value)]])),
      ).toString()
    : '';
  return `/api${path}${search ? `?${search}` : ''}`;
}

const PRELOAD_MS = 10_000;
const preloaded = new Map<string, { at: number; answer: Promise<unknown> }>();

/**
 * Sends a GET (an address under `/api`) before the code that will ask for it has loaded, from a
 * screen's `prefetch`: the first `call` of the same address within 10 s takes this answer (or its
 * error) instead of asking again, unless a change was sent since. It needs no contract, so the entry chunk stays small.
 */
export function preload(url: string, now = Date.now()): void {
  const path = url.slice('/api'.length);
  const answer = request<unknown>('GET', path);
  answer.catch(() => undefined); // the page that takes it handles the error
  preloaded.set(path, { at: now, answer });
}

function takePreloaded(path: string, now: number): Promise<unknown> | undefined {
  const early = preloaded.get(path);
  if (!early) return undefined;
  preloaded.delete(path);
  return now - early.at <= PRELOAD_MS ? early.answer : undefined;
}

/** Calls an endpoint: its answer, typed by the contracts. */
export function call<E extends AnyEndpoint>(endpoint: E, ...args: Args<E>): Promise<ResponseOf<E>> {
  const [input] = args;
  const url = urlOf(endpoint, ...args).slice('/api'.length);
  if (endpoint.method === 'GET') {
    const early = takePreloaded(url, Date.now());
    if (early) return early as Promise<ResponseOf<E>>;
  } else {
    // A change may make any preloaded answer stale (a section opened, then a synthèse delivered:
    // the bilan's detail read again must not be the one sent before the change).
    preloaded.clear();
  }
  const body = input?.form ?? (endpoint.method === 'POST' ? (input?.body ?? {}) : undefined);
  return request<ResponseOf<E>>(endpoint.method, url, body);
}
