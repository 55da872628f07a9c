/**
 * An API route as both sides see it (decision 021): method, path under `/api`, the schemas of its
 * path parameters, body and query string, its success status and the type of what it answers.
 * Each capability declares its endpoints in `contracts/endpoints.ts`; the server binds a handler
 * to each (`platform/http/endpoints.ts`, which checks the handler's result against the type) and
 * the browser calls them through `ui/api.ts` (`call`, `urlOf`), so nothing ties a type to a path
 * by hand.
 */
import type { z } from 'zod';
import type { ErrorCode } from '../errors.ts';
import './french-validation.ts';

export type HttpMethod = 'GET' | 'POST';

/** `'/bilans/:id/seances'` → `'id'`. */
export type ParamNames<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | ParamNames<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? Name
    : never;

export type ParamSchemas<P extends string> = { [K in ParamNames<P>]: z.ZodType<string, string> };

/** How the answer is written: JSON, nothing (204), or a file (PDF…). */
export type ResponseKind = 'json' | 'none' | 'file';

export interface Endpoint<
  M extends HttpMethod = HttpMethod,
  P extends string = string,
  B extends z.ZodType | undefined = z.ZodType | undefined,
  Q extends z.ZodType | undefined = z.ZodType | undefined,
  R = unknown,
  K extends ResponseKind = ResponseKind,
> {
  readonly method: M;
  readonly path: P;
  readonly params: ParamSchemas<P>;
  /** A JSON body, checked before the handler runs (422 with French field messages). */
  readonly body: B;
  /** The query string, checked before the handler runs. */
  readonly query: Q;
  /** The error answered when the query string does not pass (default: `validation_failed`). */
  readonly queryError: ErrorCode | undefined;
  /** The error answered when a path parameter does not pass (default: `not_found`). */
  readonly paramError: ErrorCode | undefined;
  /** The body is read by the handler itself (multipart uploads). */
  readonly rawBody: boolean;
  /**
   * Open to people who are not signed in (sign-in, public pages, single-use links). Otherwise a
   * request without a session gets 401 before anything else is read.
   */
  readonly public: boolean;
  readonly status: 200 | 201 | 202 | 204;
  readonly kind: K;
  /** Phantom: the type of a successful answer. */
  readonly response?: R;
}

export type AnyEndpoint = Endpoint<HttpMethod, string, z.ZodType | undefined, z.ZodType | undefined, unknown>;

/** What a file endpoint's handler returns. */
export interface FileAnswer {
  bytes: Uint8Array;
  filename: string;
  /**
   * The exact name when it is not plain ASCII: sent too in RFC 5987 form (`filename*`), `filename`
   * being then its ASCII fallback.
   */
  utf8Filename?: string;
  contentType: string;
  /** `inline` opens in the browser (PDF viewer); `attachment` downloads. */
  disposition: 'inline' | 'attachment';
}

export type ResponseOf<E> =
  E extends Endpoint<HttpMethod, string, z.ZodType | undefined, z.ZodType | undefined, infer R> ? R : never;

interface Options<P extends string, B extends z.ZodType | undefined, Q extends z.ZodType | undefined> {
  params?: ParamSchemas<P>;
  body?: B;
  query?: Q;
  queryError?: ErrorCode;
  paramError?: ErrorCode;
  rawBody?: boolean;
  public?: boolean;
  status?: 200 | 201 | 202;
}

function define<
  M extends HttpMethod,
  P extends string,
  B extends z.ZodType | undefined,
  Q extends z.ZodType | undefined,
>(method: M, path: P, options: Options<P, B, Q>) {
  const base = {
    method,
    path,
    params: (options.params ?? {}) as ParamSchemas<P>,
    body: options.body as B,
    query: options.query as Q,
    queryError: options.queryError,
    paramError: options.paramError,
    rawBody: options.rawBody ?? false,
    public: options.public ?? false,
  };
  return {
    /** Answers JSON of type R. */
    returns: <R>(): Endpoint<M, P, B, Q, R, 'json'> => ({ ...base, status: options.status ?? 200, kind: 'json' }),
    /** Answers 204 No Content. */
    returnsNothing: (): Endpoint<M, P, B, Q, void, 'none'> => ({ ...base, status: 204, kind: 'none' }),
    /** Answers a file (a PDF to open or download). */
    returnsFile: (): Endpoint<M, P, B, Q, FileAnswer, 'file'> => ({ ...base, status: 200, kind: 'file' }),
  };
}

export function get<P extends string, Q extends z.ZodType | undefined = undefined>(
  path: P,
  options: Omit<Options<P, undefined, Q>, 'body' | 'rawBody'> = {},
) {
  return define<'GET', P, undefined, Q>('GET', path, options);
}

export function post<P extends string, B extends z.ZodType | undefined = undefined>(
  path: P,
  options: Omit<Options<P, B, undefined>, 'query' | 'queryError'> = {},
) {
  return define<'POST', P, B, undefined>('POST', path, options);
}
