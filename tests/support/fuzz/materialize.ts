/**
 * Turns a generated request (`requests.ts`) into the bytes sent to the application: path with its
 * parameters, query string, headers (session, Origin, client address) and body.
 */
import { CAPABILITIES } from '../../../src/app/capabilities.ts';
import { PASSWORD } from '../factories.ts';
import { TEST_ORIGIN } from '../http.ts';
import type { z } from 'zod';
import type { FuzzTarget } from './catalogue.ts';
import { defOf } from './from-schema.ts';
import {
  FOREIGN_ORIGINS,
  LINK_TOKEN,
  isTokenParam,
  type CharMutation,
  type FuzzRequest,
  type Mutation,
  type Role,
  type Upload,
} from './requests.ts';
import { RawJson, wellFormed } from './values.ts';
import type { FuzzWorld } from './world.ts';

export interface Concrete {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: Uint8Array<ArrayBuffer> | undefined;
  /** A write from a foreign origin (or none): it must be refused with 403 (decision 024). */
  foreignOrigin: boolean;
  /** What was sent, for a finding: the body's first characters, its type. */
  summary: string;
}

const SAFE_METHODS = ['GET', 'HEAD', 'OPTIONS'];
const ONE_MEGABYTE = 1024 * 1024;

/** Like `encodeURIComponent`, also for text with a lone surrogate (sent as the bytes a browser would not). */
function encodeSegment(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return `${encodeURIComponent(wellFormed(value))}%ED%A0%80`;
  }
}

/** Header values as HTTP carries them: Latin-1, no line breaks, no NUL. */
const headerValue = (value: string) => value.replace(/[^\t\x20-\x7e\x80-\xff]/g, '');

/** JSON text, with `RawJson` values written as they are. */
export function toJson(value: unknown): string {
  if (value === undefined) return '';
  const raws: string[] = [];
  const marker = 'RAW-JSON-7f3a9c';
  const text = JSON.stringify(value, (_key, item: unknown) =>
    item instanceof RawJson ? `${marker}${raws.push(item.text) - 1}` : item,
  );
  return (text ?? '').replace(new RegExp(`"${marker}(\\d+)"`, 'g'), (_match, index: string) => raws[Number(index)]!);
}

type Path = (string | number)[];

function pathsOf(value: unknown, prefix: Path = [], into: Path[] = []): Path[] {
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      into.push([...prefix, index]);
      pathsOf(item, [...prefix, index], into);
    });
  } else if (value !== null && typeof value === 'object' && !(value instanceof RawJson)) {
    for (const [key, item] of Object.entries(value)) {
      into.push([...prefix, key]);
      pathsOf(item, [...prefix, key], into);
    }
  }
  return into;
}

function nodeAt(root: unknown, path: Path): unknown {
  let node = root;
  for (const key of path) node = (node as Record<string | number, unknown>)[key];
  return node;
}

const containerAt = (root: unknown, path: Path) => nodeAt(root, path.slice(0, -1)) as Record<string | number, unknown>;

const isObject = (node: unknown): node is Record<string, unknown> =>
  node !== null && typeof node === 'object' && !Array.isArray(node) && !(node instanceof RawJson);

/**
 * A fresh copy (`RawJson` kept): generated values may be constants shared by many requests, and
 * mutations write into what they insert.
 */
function copy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copy);
  if (isObject(value)) {
    const result: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) put(result, key, copy(item));
    return result;
  }
  return value;
}

/** Sets an own property, `__proto__` included. */
function put(container: Record<string | number, unknown>, key: string | number, value: unknown): void {
  Object.defineProperty(container, key, { value, enumerable: true, writable: true, configurable: true });
}

function mapStrings(value: unknown, change: (text: string, key: string) => unknown, key = ''): unknown {
  if (typeof value === 'string') return change(value, key);
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, change, key));
  if (value !== null && typeof value === 'object' && !(value instanceof RawJson)) {
    const copy: Record<string, unknown> = {};
    for (const [name, item] of Object.entries(value)) put(copy, name, mapStrings(item, change, name));
    return copy;
  }
  return value;
}

/** The example with the fields whose bit is set in `mask` (depth first, wrapping) taken from `other`. */
function blend(example: unknown, other: unknown, mask: number): unknown {
  let bit = 0;
  const walk = (a: unknown, b: unknown): unknown => {
    if (!isObject(a) || !isObject(b)) return (mask >>> (bit++ % 31)) & 1 ? b : a;
    const copy: Record<string, unknown> = {};
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const value = key in a && key in b ? walk(a[key], b[key]) : (mask >>> (bit++ % 31)) & 1 ? b[key] : a[key];
      if (value !== undefined) put(copy, key, value);
    }
    return copy;
  };
  return walk(example, other);
}

/** `text` with a few characters replaced, inserted, removed, repeated or upper-cased. */
export function changeChars(text: string, changes: readonly CharMutation[]): string {
  let result = text;
  for (const change of changes) {
    const at = change.pos % (result.length + 1);
    switch (change.kind) {
      case 'replace':
        result = result.slice(0, at) + change.char + result.slice(at + 1);
        break;
      case 'copy':
        result = result.slice(0, at) + (result[change.from % Math.max(1, result.length)] ?? '') + result.slice(at + 1);
        break;
      case 'insert':
        result = result.slice(0, at) + change.char + result.slice(at);
        break;
      case 'delete':
        result = result.slice(0, at) + result.slice(at + 1);
        break;
      case 'truncate':
        result = result.slice(0, at);
        break;
      case 'repeat':
        result = result.slice(0, at) + result.slice(at).repeat(3);
        break;
      case 'upper':
        result = result.toUpperCase();
        break;
    }
  }
  return result;
}

function mutate(start: unknown, mutations: readonly Mutation[], world: FuzzWorld): unknown {
  let value = copy(start);
  for (const m of mutations) {
    const inserted = copy(m.value);
    const paths = pathsOf(value);
    const path = paths.length > 0 ? paths[m.at % paths.length]! : undefined;
    switch (m.op) {
      case 'replace':
        if (path) put(containerAt(value, path), path.at(-1)!, inserted);
        else value = inserted;
        break;
      case 'delete':
        if (path) {
          const container = containerAt(value, path);
          if (Array.isArray(container)) container.splice(Number(path.at(-1)), 1);
          else delete container[path.at(-1)!];
        } else value = undefined;
        break;
      case 'extra': {
        const objects = [[], ...paths].filter((p) => isObject(nodeAt(value, p)));
        const target = objects[m.at % Math.max(1, objects.length)];
        if (target) put(nodeAt(value, target) as Record<string, unknown>, m.key, inserted);
        break;
      }
      case 'calendar':
        value = mapStrings(value, (text) => {
          if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return m.date;
          if (/^\d{1,2}:\d{2}$/.test(text)) return m.time;
          if (/^\d{4}-\d{2}-\d{2}T/.test(text)) return m.instant;
          return text;
        });
        break;
      case 'token': {
        const token = world.anyToken(m.at) ?? 'A'.repeat(43);
        let found = false;
        value = mapStrings(value, (text) => (LINK_TOKEN.test(text) ? ((found = true), token) : text));
        if (!found && path) put(containerAt(value, path), path.at(-1)!, token);
        break;
      }
      case 'email': {
        const email = world.emails[m.at % world.emails.length] ?? 'personne@exemple.fr';
        value = mapStrings(value, (text, key) =>
          /e-?mail/i.test(key) ? email : key === 'password' && m.at % 4 !== 0 ? PASSWORD : text,
        );
        break;
      }
      case 'chars': {
        const strings = [[], ...paths].filter((p) => typeof nodeAt(value, p) === 'string');
        const target = strings[m.at % Math.max(1, strings.length)];
        if (!target) break;
        const changed = changeChars(nodeAt(value, target) as string, m.chars);
        if (target.length === 0) value = changed;
        else put(containerAt(value, target), target.at(-1)!, changed);
        break;
      }
      case 'duplicate':
        if (path) {
          const container = containerAt(value, path);
          const item = container[path.at(-1)!];
          put(container, path.at(-1)!, Array.isArray(item) ? [...item, ...item.map(copy)] : [item, copy(item)]);
        } else value = [value, copy(value)];
        break;
    }
  }
  return value;
}

function multipart(upload: Upload, result: string, world: FuzzWorld, pick: number): { body: Uint8Array; type: string } {
  const boundary = `fuzz${pick}`;
  const chunks: Buffer[] = [];
  for (const part of upload.parts) {
    const disposition = [
      `form-data; name="${part.name}"`,
      part.filename === undefined ? '' : `; filename="${part.filename}"`,
    ];
    const head = [`--${boundary}`, `Content-Disposition: ${disposition.join('')}`];
    if (part.contentType !== undefined) head.push(`Content-Type: ${part.contentType}`);
    chunks.push(Buffer.from(`${head.join('\r\n')}\r\n\r\n`, 'utf8'));
    const content = {
      result: () => Buffer.from(result, 'utf8'),
      'hostile-text': () => Buffer.from(upload.hostile, 'utf8'),
      pdf: () => world.pdf,
      'tiny-pdf': () => Buffer.from('%PDF-1.4\n%%EOF', 'latin1'),
      'random-bytes': () => Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 31 + pick) % 256)),
      'empty-file': () => Buffer.alloc(0),
      'huge-pdf': () => Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(10 * 1024 * 1024 + 300 * 1024, 0x20)]),
    }[part.content]();
    chunks.push(content, Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  let body = Buffer.concat(chunks);
  if (upload.truncate) body = body.subarray(0, Math.floor(body.length / 2));
  const type = {
    ok: `multipart/form-data; boundary=${boundary}`,
    missing: 'multipart/form-data',
    mismatch: `multipart/form-data; boundary=autre${boundary}`,
    quoted: `multipart/form-data; boundary="${boundary}"`,
  }[upload.boundary];
  return { body, type };
}

function methodOf(target: FuzzTarget, request: FuzzRequest): string {
  if (request.method === 'declared') return target.method;
  if (request.method === 'swap') return target.method === 'GET' ? 'POST' : 'GET';
  return request.method;
}

function paramValue(target: FuzzTarget, role: Role, request: FuzzRequest, name: string, world: FuzzWorld): string {
  const example = world.examples.get(`${target.method} ${target.route}`)?.params[name];
  const choice = request.params[name]!;
  if (role === 'linkHolder' && isTokenParam(target, name)) {
    return encodeSegment(world.tokenFor(target.route, request.pick) ?? example ?? '');
  }
  const fromPool = (pool: string[] | undefined, pick: number) =>
    pool && pool.length > 0 ? pool[pick % pool.length]! : (example ?? '');
  switch (choice.from) {
    case 'example':
      return encodeSegment(example ?? fromPool(world.allIds, request.pick));
    case 'sameKind': {
      const table = example ? world.tableOf.get(example) : undefined;
      return encodeSegment(fromPool(table ? world.idsByTable.get(table) : world.allIds, choice.pick));
    }
    case 'anyId':
      return encodeSegment(fromPool(world.allIds, choice.pick));
    case 'token':
      return encodeSegment(world.anyToken(choice.pick) ?? example ?? '');
    case 'value':
      return choice.encode === 'raw' ? wellFormed(choice.value).replace(/[#?\s]/g, '') : encodeSegment(choice.value);
  }
}

function queryOf(target: FuzzTarget, request: FuzzRequest, world: FuzzWorld): string {
  const choice = request.query;
  const search = (pairs: [string, string][]) => {
    const text = new URLSearchParams(pairs.map(([k, v]) => [wellFormed(k), wellFormed(v)])).toString();
    return text ? `?${text}` : '';
  };
  switch (choice.from) {
    case 'none':
      return '';
    case 'example': {
      const query = world.examples.get(`${target.method} ${target.route}`)?.query ?? '';
      if (choice.chars.length === 0 || !query) return query;
      const pairs = [...new URLSearchParams(query)];
      const index = choice.chars[0]!.pos % pairs.length;
      pairs[index] = [pairs[index]![0], changeChars(pairs[index]![1], choice.chars)];
      return search(pairs);
    }
    case 'seen': {
      const keys = target.endpoint?.query ? Object.keys(defOf(target.endpoint.query as z.ZodType).shape ?? {}) : [];
      const seen = keys.flatMap((key) => (world.seen.get(key) ?? []).map((value) => [key, value] as [string, string]));
      const pair = seen[choice.pick % Math.max(1, seen.length)];
      if (!pair) return world.examples.get(`${target.method} ${target.route}`)?.query ?? '';
      return search([[pair[0], changeChars(pair[1], choice.chars)]]);
    }
    case 'raw':
      return choice.text;
    case 'pairs':
      return search(choice.pairs);
    case 'generated': {
      const value = choice.value;
      if (value === null || typeof value !== 'object') return search([['q', String(value)]]);
      return search(
        Object.entries(value)
          .filter(([, v]) => v !== undefined)
          .map(([k, v]) => [k, typeof v === 'string' ? v : toJson(v)]),
      );
    }
  }
}

function originHeaders(choice: FuzzRequest['origin']): Record<string, string> {
  switch (choice) {
    case 'same':
      return { origin: TEST_ORIGIN, 'sec-fetch-site': 'same-origin' };
    case 'referer':
      return { referer: `${TEST_ORIGIN}/mon-bilan`, 'sec-fetch-site': 'same-origin' };
    case 'no-fetch-metadata':
      return { origin: TEST_ORIGIN };
    case 'missing':
      return {};
    case 'foreign':
      return { origin: 'http://evil.example', 'sec-fetch-site': 'cross-site' };
    case 'null':
      return { origin: 'null' };
    case 'sibling':
      return { origin: 'http://localhost:3000.evil.example' };
    case 'cross-site':
      return { origin: TEST_ORIGIN, 'sec-fetch-site': 'cross-site' };
    case 'same-site':
      return { origin: TEST_ORIGIN, 'sec-fetch-site': 'same-site' };
  }
}

export function materialize(target: FuzzTarget, role: Role, request: FuzzRequest, world: FuzzWorld): Concrete {
  const method = methodOf(target, request);
  const example = world.examples.get(`${target.method} ${target.route}`);
  let path = target.route.replace(/:([A-Za-z0-9_]+)/g, (_m, name: string) =>
    paramValue(target, role, request, name, world),
  );
  if (request.path === 'trailing-slash') path += '/';
  if (request.path === 'double-slash') path = path.replace('/api/', '/api//');
  if (request.path === 'suffix') path += '/x';
  if (request.path === 'upper-case') path = `/api${path.slice(4).toUpperCase()}`;
  path += queryOf(target, request, world);

  const headers: Record<string, string> = { 'x-forwarded-for': request.ip, ...originHeaders(request.origin) };
  if (request.userAgent !== undefined) headers['user-agent'] = headerValue(request.userAgent);
  const own = role === 'linkHolder' ? undefined : world.cookies[role];
  if (request.cookie === 'role' && own) headers.cookie = own;
  if (request.cookie === 'garbage') headers.cookie = headerValue(`sillage_session=${request.garbageCookie}`);
  if (request.cookie === 'token') headers.cookie = `sillage_session=${world.anyToken(request.pick) ?? ''}`;
  if (request.cookie === 'two-sessions')
    headers.cookie = [own, world.cookies.adminB, world.cookies.beneficiaryA].filter(Boolean).join('; ');

  let body: Uint8Array<ArrayBuffer> | undefined;
  let summary = '';
  if (method !== 'GET' && method !== 'HEAD') {
    const choice = request.body;
    const value =
      choice.from === 'none'
        ? undefined
        : choice.from === 'hostile'
          ? copy(choice.value)
          : choice.from === 'blend'
            ? mutate(blend(example?.body, choice.value, choice.mask), choice.mutations, world)
            : mutate(choice.from === 'example' ? example?.body : choice.value, choice.mutations, world);
    const json = toJson(value);
    const set = (text: string | Uint8Array, type: string | undefined) => {
      body = new Uint8Array(typeof text === 'string' ? Buffer.from(text, 'utf8') : text);
      if (type !== undefined) headers['content-type'] = type;
      summary = `${type ?? '(no type)'} ${Buffer.from(body.subarray(0, 400)).toString('utf8')}`;
    };
    const rawExample = example?.raw && choice.from === 'example' && choice.mutations.length === 0;
    if (rawExample && request.encoding !== 'multipart') set(example.raw!.body, example.raw!.type);
    else if (choice.from === 'none' && request.encoding === 'json') summary = '(no body)';
    else
      switch (request.encoding) {
        case 'json':
          set(json, 'application/json');
          break;
        case 'json-charset':
          set(json, 'application/json; charset=utf-8');
          break;
        case 'json-odd-type':
          set(json, ['Application/JSON', 'application/json-patch+json', 'application/jsonx'][request.pick % 3]);
          break;
        case 'text-plain':
          set(json, 'text/plain;charset=UTF-8');
          break;
        case 'no-type':
          set(json, undefined);
          break;
        case 'form':
          set('organisationId=1&role=admin&a=%00', 'application/x-www-form-urlencoded');
          break;
        case 'multipart': {
          const built = multipart(request.upload, json, world, request.pick);
          set(built.body, built.type);
          break;
        }
        case 'malformed':
          set(request.malformed, 'application/json');
          break;
        case 'empty':
          set('', 'application/json');
          break;
        case 'oversize':
          set(`{"x":"${'a'.repeat(ONE_MEGABYTE + 64)}"}`, 'application/json');
          break;
        case 'bom':
          set(`\ufeff${json}`, 'application/json');
          break;
      }
  }
  // A raw parameter may carry dot segments that take the path out of the API (to the web pages,
  // which serve no write): only writes that reach the API are bound to the origin check.
  const pathname = new URL(path, 'http://localhost').pathname;
  const reachesApi = /^\/api(\/|$)/.test(pathname);
  // A capability's public, stateless computation is open to other sites by design (decision 040).
  const openToOtherSites = CAPABILITIES.some((capability) => capability.openToOtherSites?.(method, pathname));
  const foreignOrigin =
    reachesApi && !openToOtherSites && !SAFE_METHODS.includes(method) && FOREIGN_ORIGINS.includes(request.origin);
  return { method, path, headers, body, foreignOrigin, summary };
}
