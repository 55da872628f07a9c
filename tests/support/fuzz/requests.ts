/**
 * One fuzzed request, as fast-check generates it for a route, then made concrete against the
 * fuzzer's world (`world.ts`): who asks, the path parameters (the matrix's own, ids of the same
 * kind from any organisation, random UUIDs, single-use tokens, malformed values), the query
 * string, the body (the matrix's example, mutated; a value generated from the zod schema; a
 * hostile value), how it is encoded (JSON, malformed JSON, other content types, multipart), the
 * Origin headers (decision 024) and the odd method or path.
 *
 * Pools that change while the fuzzer runs (ids, tokens) are drawn by index (`pick`), resolved when
 * the request is made, so the generated request stays a plain value.
 */
import fc from 'fast-check';
import type { z } from 'zod';
import type { Who } from '../authorization.ts';
import { RESULT_PART, REPORT_PART } from '../../../src/external-tests/contracts/schemas.ts';
import type { FuzzTarget } from './catalogue.ts';
import { defOf, wellShaped } from './from-schema.ts';
import {
  HOSTILE_DATES,
  HOSTILE_INSTANTS,
  HOSTILE_TIMES,
  HOSTILE_UUIDS,
  anyText,
  forwardedFor,
  headerText,
  hostileText,
  hostileValue,
} from './values.ts';

/** The matrix's people, and someone holding a single-use link (signed out, with a real token). */
export type Role = Who | 'linkHolder';

export type ParamChoice =
  | { from: 'example' }
  | { from: 'sameKind'; pick: number }
  | { from: 'anyId'; pick: number }
  | { from: 'token'; pick: number }
  | { from: 'value'; value: string; encode: 'component' | 'raw' };

/** A change of a few characters in a string: near-misses of a value that passes. */
export interface CharMutation {
  /** `copy`: the character at `pos` becomes the one at `from` (a dash where a digit was…). */
  kind: 'replace' | 'copy' | 'insert' | 'delete' | 'truncate' | 'repeat' | 'upper';
  pos: number;
  from: number;
  char: string;
}

export interface Mutation {
  op: 'replace' | 'delete' | 'extra' | 'calendar' | 'token' | 'email' | 'duplicate' | 'chars';
  chars: readonly CharMutation[];
  at: number;
  key: string;
  value: unknown;
  date: string;
  time: string;
  instant: string;
}

export type BodyChoice =
  | { from: 'none' }
  | { from: 'example'; mutations: readonly Mutation[] }
  /** The example with some of its fields (`mask`, one bit per field, depth first) taken from `value`. */
  | { from: 'blend'; value: unknown; mask: number; mutations: readonly Mutation[] }
  | { from: 'generated'; value: unknown; mutations: readonly Mutation[] }
  | { from: 'hostile'; value: unknown };

export type QueryChoice =
  | { from: 'none' }
  | { from: 'example'; chars: readonly CharMutation[] }
  | { from: 'generated'; value: unknown }
  /** A value of this query key seen in an answer (a page's cursor), with a few characters changed. */
  | { from: 'seen'; pick: number; chars: readonly CharMutation[] }
  | { from: 'pairs'; pairs: [string, string][] }
  | { from: 'raw'; text: string };

export type Encoding =
  | 'json'
  | 'json-charset'
  | 'json-odd-type'
  | 'text-plain'
  | 'no-type'
  | 'form'
  | 'multipart'
  | 'malformed'
  | 'empty'
  | 'oversize'
  | 'bom';

export type OriginChoice =
  'same' | 'referer' | 'no-fetch-metadata' | 'missing' | 'foreign' | 'null' | 'sibling' | 'cross-site' | 'same-site';

/** Origins a write must be refused from (decision 024): 403, nothing changed. */
export const FOREIGN_ORIGINS: readonly OriginChoice[] = [
  'missing',
  'foreign',
  'null',
  'sibling',
  'cross-site',
  'same-site',
];

export interface UploadPart {
  name: string;
  content: 'result' | 'hostile-text' | 'pdf' | 'tiny-pdf' | 'random-bytes' | 'empty-file' | 'huge-pdf';
  filename: string | undefined;
  contentType: string | undefined;
}

export interface Upload {
  parts: readonly UploadPart[];
  boundary: 'ok' | 'missing' | 'mismatch' | 'quoted';
  truncate: boolean;
  hostile: string;
}

export interface FuzzRequest {
  params: Record<string, ParamChoice>;
  query: QueryChoice;
  body: BodyChoice;
  encoding: Encoding;
  upload: Upload;
  malformed: string;
  origin: OriginChoice;
  method: 'declared' | 'swap' | 'PUT' | 'DELETE' | 'PATCH' | 'HEAD' | 'OPTIONS';
  path: 'as-is' | 'trailing-slash' | 'double-slash' | 'suffix' | 'upper-case';
  cookie: 'role' | 'garbage' | 'token' | 'two-sessions';
  garbageCookie: string;
  ip: string;
  userAgent: string | undefined;
  /** An index into the pools used by mutations that need one (tokens, e-mails, ids). */
  pick: number;
}

export const LINK_TOKEN = /^[A-Za-z0-9_-]{32,128}$/;
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isTokenParam(target: FuzzTarget, name: string): boolean {
  const schema = target.endpoint?.params[name as never] as z.ZodType | undefined;
  const pattern = schema ? defOf(schema).checks?.[0]?._zod.def.pattern : undefined;
  return name === 'token' || (pattern !== undefined && pattern.source === LINK_TOKEN.source);
}

function isUuidParam(target: FuzzTarget, name: string): boolean {
  const schema = target.endpoint?.params[name as never] as z.ZodType | undefined;
  return name === 'id' || (schema !== undefined && defOf(schema).format === 'uuid');
}

const pick = fc.nat({ max: 1_000_000 });

function paramArbitrary(target: FuzzTarget, name: string): fc.Arbitrary<ParamChoice> {
  const schema = target.endpoint?.params[name as never] as z.ZodType | undefined;
  const value = (
    arbitrary: fc.Arbitrary<string>,
    encode: fc.Arbitrary<'component' | 'raw'> = fc.constant('component'),
  ) => fc.record({ from: fc.constant('value' as const), value: arbitrary, encode });
  const hostile = value(
    fc.oneof(hostileText, anyText),
    fc.constantFrom<'component' | 'raw'>('component', 'component', 'component', 'raw'),
  );
  if (isUuidParam(target, name)) {
    return fc.oneof(
      { weight: 30, arbitrary: fc.constant({ from: 'example' as const }) },
      { weight: 25, arbitrary: fc.record({ from: fc.constant('sameKind' as const), pick }) },
      { weight: 10, arbitrary: fc.record({ from: fc.constant('anyId' as const), pick }) },
      { weight: 8, arbitrary: value(fc.uuid()) },
      { weight: 7, arbitrary: value(fc.constantFrom(...HOSTILE_UUIDS)) },
      { weight: 3, arbitrary: value(fc.uuid().map((u) => u.toUpperCase())) },
      { weight: 15, arbitrary: hostile },
    );
  }
  if (isTokenParam(target, name)) {
    return fc.oneof(
      { weight: 35, arbitrary: fc.record({ from: fc.constant('token' as const), pick }) },
      { weight: 10, arbitrary: fc.constant({ from: 'example' as const }) },
      { weight: 15, arbitrary: value(fc.stringMatching(LINK_TOKEN)) },
      { weight: 10, arbitrary: fc.record({ from: fc.constant('anyId' as const), pick }) },
      { weight: 20, arbitrary: hostile },
    );
  }
  return fc.oneof(
    { weight: 40, arbitrary: fc.constant({ from: 'example' as const }) },
    ...(schema ? [{ weight: 20, arbitrary: value(wellShaped(schema, name).map(String)) }] : []),
    { weight: 40, arbitrary: hostile },
  );
}

export const charMutation: fc.Arbitrary<CharMutation> = fc.record({
  kind: fc.constantFrom<CharMutation['kind']>(
    'replace',
    'replace',
    'copy',
    'copy',
    'copy',
    'insert',
    'delete',
    'truncate',
    'repeat',
    'upper',
  ),
  pos: pick,
  from: pick,
  char: fc.constantFrom(
    '-',
    '|',
    ':',
    '.',
    ' ',
    '0',
    '9',
    'f',
    'z',
    'Z',
    'T',
    '+',
    '%',
    '/',
    '\u0000',
    '\u202e',
    'é',
    '\ud800',
    '🙂',
  ),
});
const charMutations = fc.array(charMutation, { minLength: 1, maxLength: 3 });

const mutation: fc.Arbitrary<Mutation> = fc.record({
  op: fc.constantFrom<Mutation['op']>(
    'replace',
    'replace',
    'replace',
    'replace',
    'delete',
    'delete',
    'extra',
    'calendar',
    'calendar',
    'token',
    'email',
    'duplicate',
    'chars',
    'chars',
    'chars',
  ),
  chars: charMutations,
  at: pick,
  key: fc.oneof(
    fc.constantFrom('organisationId', 'userId', 'role', 'id', 'status', '__proto__', 'constructor', 'admin', 'phase'),
    fc.string({ maxLength: 20 }),
    hostileText,
  ),
  value: hostileValue,
  date: fc.constantFrom(...HOSTILE_DATES, '2027-03-28', '2027-10-31'),
  time: fc.constantFrom(...HOSTILE_TIMES, '02:30'),
  instant: fc.constantFrom(...HOSTILE_INSTANTS),
});
const mutations = (min: number) => fc.array(mutation, { minLength: min, maxLength: 3 });

function bodyArbitrary(target: FuzzTarget, hasExample: boolean): fc.Arbitrary<BodyChoice> {
  const schema = target.endpoint?.body as z.ZodType | undefined;
  const choices: fc.WeightedArbitrary<BodyChoice>[] = [
    { weight: 10, arbitrary: fc.record({ from: fc.constant('hostile' as const), value: hostileValue }) },
    { weight: 5, arbitrary: fc.constant({ from: 'none' as const }) },
  ];
  if (hasExample) {
    choices.push(
      { weight: 15, arbitrary: fc.record({ from: fc.constant('example' as const), mutations: fc.constant([]) }) },
      { weight: 45, arbitrary: fc.record({ from: fc.constant('example' as const), mutations: mutations(1) }) },
    );
  }
  if (schema) {
    choices.push({
      weight: 25,
      arbitrary: fc.record({
        from: fc.constant('generated' as const),
        value: wellShaped(schema),
        mutations: fc.oneof(fc.constant([]), mutations(1)),
      }),
    });
  }
  if (!schema && !hasExample) choices.push({ weight: 60, arbitrary: fc.constant({ from: 'none' as const }) });
  return fc.oneof(...choices);
}

const RAW_QUERIES = [
  '?',
  '?&&&',
  '?=',
  '?==',
  '?a',
  '?q=%ZZ',
  '?q=%',
  '?q=%E0%A4%A',
  '?q=%ED%A0%80',
  '?q=%00',
  '?q=a&q=b',
  '?cursor=a&cursor=b',
  '?q[]=a&q[]=b',
  '?q[a]=b',
  '?__proto__[role]=admin',
  '?constructor=x',
  `?q=${'x'.repeat(5000)}`,
  `?cursor=${'A'.repeat(101)}`,
  '?cursor=%00',
  '?cursor=eyJ9',
  '?limit=-1',
  '?limit=1e3',
  '?limit=999999999999999999999',
  '?from=2026-02-30&to=2027-02-29',
  '?from=9999-12-31&to=0000-01-01',
  '?from=2027-01-01&to=2026-01-01',
  '?validatedOn=2026-02-30',
  '?validatedOn=0000-01-01',
  '?validatedOn=9999-12-31',
  '?validatedOn=2027-03-28T02:30',
  '?scope=tout',
  '?%F0%9F%98%80=%F0%9F%98%80',
];

function queryArbitrary(target: FuzzTarget, hasExampleQuery: boolean): fc.Arbitrary<QueryChoice> {
  const schema = target.endpoint?.query as z.ZodType | undefined;
  const keys = schema ? Object.keys(defOf(schema).shape ?? {}) : [];
  const pairs = fc.array(
    fc.tuple(keys.length > 0 ? fc.oneof(fc.constantFrom(...keys), hostileText) : hostileText, anyText),
    { minLength: 1, maxLength: 3 },
  );
  const choices: fc.WeightedArbitrary<QueryChoice>[] = [
    { weight: schema ? 10 : 80, arbitrary: fc.constant({ from: 'none' as const }) },
    { weight: schema ? 20 : 8, arbitrary: fc.record({ from: fc.constant('pairs' as const), pairs }) },
    {
      weight: schema ? 15 : 5,
      arbitrary: fc.record({ from: fc.constant('raw' as const), text: fc.constantFrom(...RAW_QUERIES) }),
    },
  ];
  if (hasExampleQuery) {
    choices.push(
      { weight: 15, arbitrary: fc.constant({ from: 'example' as const, chars: [] }) },
      { weight: 10, arbitrary: fc.record({ from: fc.constant('example' as const), chars: charMutations }) },
    );
  }
  if (schema) {
    choices.push(
      { weight: 30, arbitrary: fc.record({ from: fc.constant('generated' as const), value: wellShaped(schema) }) },
      {
        weight: 15,
        arbitrary: fc.record({
          from: fc.constant('seen' as const),
          pick,
          chars: fc.oneof(fc.constant([]), charMutations),
        }),
      },
    );
  }
  return fc.oneof(...choices);
}

const uploadPart: fc.Arbitrary<UploadPart> = fc.record({
  name: fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(RESULT_PART, REPORT_PART) },
    { weight: 1, arbitrary: fc.constantFrom('fichier', '', 'report[]', 'Report', 'result"; filename="x.pdf') },
  ),
  content: fc.constantFrom<UploadPart['content']>(
    'result',
    'result',
    'pdf',
    'pdf',
    'tiny-pdf',
    'random-bytes',
    'empty-file',
    'hostile-text',
    'huge-pdf',
  ),
  filename: fc.option(
    fc.oneof(
      fc.constantFrom(
        'rapport.pdf',
        'Rapport d’intérêts — Léa.pdf',
        '../../etc/passwd',
        'a"b.pdf',
        'nul\u0000.pdf',
        '\u202efdp.exe',
        '',
        `${'x'.repeat(300)}.pdf`,
        'rapport.PDF',
        'rapport.exe',
      ),
      hostileText,
    ),
    { nil: undefined, freq: 4 },
  ),
  contentType: fc.option(
    fc.constantFrom('application/pdf', 'application/json', 'text/plain', 'application/octet-stream', 'image/png', ''),
    { nil: undefined, freq: 3 },
  ),
});

const resultPart: UploadPart = { name: RESULT_PART, content: 'result', filename: undefined, contentType: undefined };
const reportPart: UploadPart = {
  name: REPORT_PART,
  content: 'pdf',
  filename: 'rapport.pdf',
  contentType: 'application/pdf',
};

const upload: fc.Arbitrary<Upload> = fc.record({
  parts: fc.oneof(
    {
      weight: 4,
      arbitrary: fc.constantFrom([resultPart, reportPart], [reportPart], [resultPart], [reportPart, resultPart]),
    },
    { weight: 5, arbitrary: fc.array(uploadPart, { minLength: 0, maxLength: 3 }) },
  ),
  boundary: fc.constantFrom<Upload['boundary']>('ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'missing', 'mismatch', 'quoted'),
  truncate: fc.constantFrom(false, false, false, false, false, false, false, false, false, true),
  hostile: hostileText,
});

const MALFORMED_JSON = [
  '{',
  '}',
  '{"a":',
  '{"a":1,}',
  '[1,]',
  "{'a':1}",
  '{"a":1}{"b":2}',
  '{"a":1} garbage',
  'nul',
  'NaN',
  'Infinity',
  'undefined',
  '\u0000',
  '{"a":"\\u0000"}',
  '{"a":"\\ud800"}',
  '{"a":"\\x41"}',
  '{"a":01}',
  '{"a":.5}',
  '{"a":+1}',
  '{"a":1e}',
  '"\\',
  '\t\n ',
  '{"a":"\u0001"}',
];

/**
 * A request that should reach the use case: the matrix's parameters (or ids of the same kind),
 * JSON from the page's origin, a body that is the example, the example blended with generated
 * fields, or generated from the schema, at most one calendar mutation (impossible dates,
 * daylight-saving gaps).
 */
function wellShapedArbitrary(
  target: FuzzTarget,
  example: { hasBody: boolean; hasQuery: boolean },
  hostile: fc.Arbitrary<FuzzRequest>,
): fc.Arbitrary<FuzzRequest> {
  const schema = target.endpoint?.body as z.ZodType | undefined;
  const params: Record<string, fc.Arbitrary<ParamChoice>> = {};
  for (const name of target.params) {
    params[name] = fc.oneof(
      { weight: 6, arbitrary: fc.constant({ from: 'example' as const }) },
      { weight: 3, arbitrary: fc.record({ from: fc.constant('sameKind' as const), pick }) },
      { weight: 1, arbitrary: paramArbitrary(target, name) },
    );
  }
  const calendar = mutation.map((m) => [{ ...m, op: 'calendar' as const }]);
  const known = mutation.map((m) => [{ ...m, op: 'email' as const }]);
  const bodies: fc.WeightedArbitrary<BodyChoice>[] = [];
  if (example.hasBody) {
    bodies.push(
      { weight: 3, arbitrary: fc.record({ from: fc.constant('example' as const), mutations: fc.constant([]) }) },
      { weight: 2, arbitrary: fc.record({ from: fc.constant('example' as const), mutations: calendar }) },
      { weight: 1, arbitrary: fc.record({ from: fc.constant('example' as const), mutations: known }) },
    );
    if (schema)
      bodies.push({
        weight: 4,
        arbitrary: fc.record({
          from: fc.constant('blend' as const),
          value: wellShaped(schema),
          mask: fc.nat(),
          mutations: fc.oneof(fc.constant([]), calendar),
        }),
      });
  }
  if (schema)
    bodies.push({
      weight: 2,
      arbitrary: fc.record({
        from: fc.constant('generated' as const),
        value: wellShaped(schema),
        mutations: fc.constant([]),
      }),
    });
  if (bodies.length === 0) bodies.push({ weight: 1, arbitrary: fc.constant({ from: 'none' as const }) });
  const query: fc.Arbitrary<QueryChoice> = target.endpoint?.query
    ? fc.oneof(
        ...(example.hasQuery ? [fc.constant({ from: 'example' as const, chars: [] })] : []),
        fc.record({ from: fc.constant('generated' as const), value: wellShaped(target.endpoint.query as z.ZodType) }),
        fc.record({ from: fc.constant('seen' as const), pick, chars: fc.constant([]) }),
      )
    : fc.constant({ from: 'none' as const });
  return fc.tuple(hostile, fc.record(params), query, fc.oneof(...bodies)).map(([base, p, q, body]) => ({
    ...base,
    params: p,
    query: q,
    body,
    encoding: base.encoding === 'multipart' ? 'multipart' : 'json',
    origin: 'same',
    method: 'declared',
    path: 'as-is',
    cookie: 'role',
  }));
}

/**
 * A request for `target`, with a matrix example or not: about half well-shaped (to reach the use
 * cases' own checks), half with anything hostile anywhere.
 */
export function requestArbitrary(
  target: FuzzTarget,
  example: { hasBody: boolean; hasQuery: boolean },
): fc.Arbitrary<FuzzRequest> {
  const hostile = hostileArbitrary(target, example);
  return fc.oneof(
    { weight: 45, arbitrary: wellShapedArbitrary(target, example, hostile) },
    { weight: 55, arbitrary: hostile },
  );
}

function hostileArbitrary(
  target: FuzzTarget,
  example: { hasBody: boolean; hasQuery: boolean },
): fc.Arbitrary<FuzzRequest> {
  const params: Record<string, fc.Arbitrary<ParamChoice>> = {};
  for (const name of target.params) params[name] = paramArbitrary(target, name);
  const uploads = target.endpoint?.rawBody === true;
  return fc.record({
    params: fc.record(params),
    query: queryArbitrary(target, example.hasQuery),
    body: bodyArbitrary(target, example.hasBody),
    encoding: fc.oneof(
      { weight: uploads ? 30 : 70, arbitrary: fc.constant<Encoding>('json') },
      { weight: uploads ? 40 : 3, arbitrary: fc.constant<Encoding>('multipart') },
      {
        weight: 1,
        arbitrary: fc.constantFrom<Encoding>(
          'json-charset',
          'json-charset',
          'json-odd-type',
          'text-plain',
          'text-plain',
          'no-type',
          'no-type',
          'form',
          'malformed',
          'malformed',
          'malformed',
          'malformed',
          'empty',
          'oversize',
          'bom',
        ),
      },
    ),
    upload,
    malformed: fc.oneof(fc.constantFrom(...MALFORMED_JSON), hostileText),
    origin: fc.oneof(
      { weight: 85, arbitrary: fc.constant<OriginChoice>('same') },
      {
        weight: 15,
        arbitrary: fc.constantFrom<OriginChoice>(
          'referer',
          'no-fetch-metadata',
          'missing',
          'foreign',
          'null',
          'sibling',
          'cross-site',
          'same-site',
        ),
      },
    ),
    method: fc.oneof(
      { weight: 92, arbitrary: fc.constant<FuzzRequest['method']>('declared') },
      {
        weight: 8,
        arbitrary: fc.constantFrom<FuzzRequest['method']>('swap', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS'),
      },
    ),
    path: fc.oneof(
      { weight: 95, arbitrary: fc.constant<FuzzRequest['path']>('as-is') },
      {
        weight: 5,
        arbitrary: fc.constantFrom<FuzzRequest['path']>('trailing-slash', 'double-slash', 'suffix', 'upper-case'),
      },
    ),
    cookie: fc.oneof(
      { weight: 92, arbitrary: fc.constant<FuzzRequest['cookie']>('role') },
      { weight: 8, arbitrary: fc.constantFrom<FuzzRequest['cookie']>('garbage', 'token', 'two-sessions') },
    ),
    garbageCookie: headerText,
    ip: forwardedFor,
    userAgent: fc.option(headerText, { nil: undefined, freq: 2 }),
    pick,
  });
}
