/**
 * The fuzzer's loop. Every route of the catalogue is called by every kind of person in turn
 * (anonymous, both organisations' admins, consultants and beneficiaries, and someone holding a
 * single-use link on the public token routes), each time with a request fast-check generates.
 * After each answer:
 * - no 5xx, ever;
 * - a refused call (4xx) changed nothing in any table (`table-changes.ts`), but the tables its
 *   route records on refusal by design (`RECORDED_ON_REFUSAL`, with their reasons);
 * - a refusal says why (a JSON error with a message), as the matrix checks;
 * - a write from a foreign origin, or from none, is a 403 (decision 024).
 * The world is built anew every `epoch` requests, so that closed bilans, used links and spent
 * fixtures do not narrow what later requests reach.
 */
import fc from 'fast-check';
import { EVERYONE, type Who } from '../authorization.ts';
import { RECORDED_ON_REFUSAL } from '../table-snapshot.ts';
import { authorizationMatrices, declaredEndpoints, fuzzTargets, type FuzzTarget } from './catalogue.ts';
import { defOf } from './from-schema.ts';
import { materialize, type Concrete } from './materialize.ts';
import { isTokenParam, requestArbitrary, type FuzzRequest, type Role } from './requests.ts';
import { TableChanges, type TableState } from './table-changes.ts';
import { FuzzWorld } from './world.ts';

export interface FuzzOptions {
  /** Requests to send in all. */
  requests: number;
  /** Requests per world. */
  epoch: number;
  seed: number;
  /** Only the routes matching this (`METHOD /api/route`), to dig into a few. */
  routes?: RegExp;
  /** Every request and its answer, one line each (to see what a route is sent and says). */
  trace?: (line: string) => void;
  /** Progress lines (every few thousand requests). */
  progress?: (line: string) => void;
}

export type FindingKind =
  '5xx' | 'changed on refusal' | 'foreign origin not refused' | 'refusal without message' | 'no answer';

export interface Finding {
  kind: FindingKind;
  route: string;
  role: Role;
  status: number;
  detail: string;
  request: { method: string; path: string; headers: Record<string, string>; body: string };
  answer: string;
  count: number;
}

export interface FuzzReport {
  seed: number;
  requests: number;
  epochs: number;
  targets: number;
  unmounted: string[];
  byClass: Record<string, number>;
  byStatus: Record<string, number>;
  /** Refused calls whose tables were compared before and after. */
  refusalsChecked: number;
  foreignOriginWrites: number;
  linkHolderCalls: number;
  /** Generated requests no HTTP client could send (a header or URL it refuses): not sent. */
  unsendable: number;
  /** The kind of token each public token route opens, and how many the first world held. */
  linkKinds: string[];
  /** Public routes taking a token that no token of the world opens (no link holder to play). */
  linklessRoutes: string[];
  /** Query values seen in answers and sent back (a page's cursor), by query key. */
  seen: Record<string, number>;
  /** (route, person) pairs in one round: each is called once per round. */
  pairsPerRound: number;
  /** Per route: calls, and calls answered 2xx. */
  byRoute: Map<
    string,
    { calls: number; successes: number; roles: Set<Role>; milliseconds: number; statuses: Record<number, number> }
  >;
  /** Time spent building worlds, and checking tables. */
  worldMilliseconds: number;
  checkMilliseconds: number;
  generateMilliseconds: number;
  maintenanceMilliseconds: number;
  findings: Finding[];
  milliseconds: number;
}

const REQUEST_TIMEOUT_MS = 30_000;
const SESSION_CHECK_EVERY = 300;
const REFRESH_EVERY = 150;
const BATCH = 40;

/** `items` in an order fast-check draws from `seed`. */
function shuffle<T>(items: T[], seed: number): T[] {
  const length = items.length;
  return fc.sample(fc.shuffledSubarray(items, { minLength: length, maxLength: length }), { seed, numRuns: 1 })[0]!;
}

const keyOf = (target: FuzzTarget) => `${target.method} ${target.route}`;

/**
 * Everyone, and a link holder on the public routes that take a single-use token; those the matrix
 * expects to succeed come three times, so that well-shaped requests reach the use cases.
 */
function rolesFor(target: FuzzTarget, world: FuzzWorld): Role[] {
  const public_ = target.endpoint?.public !== false;
  const takesToken = target.params.some((name) => isTokenParam(target, name));
  const allowed = world.examples.get(keyOf(target))?.allowed ?? [];
  return [
    ...EVERYONE,
    ...(public_ && takesToken ? ['linkHolder' as const, 'linkHolder' as const] : []),
    ...allowed,
    ...allowed,
  ];
}

class Requests {
  private readonly queues = new Map<string, FuzzRequest[]>();
  private batch = 0;
  private readonly arbitraries = new Map<string, fc.Arbitrary<FuzzRequest>>();
  private readonly seed: number;

  constructor(seed: number) {
    this.seed = seed;
  }

  next(target: FuzzTarget, world: FuzzWorld): FuzzRequest {
    const key = keyOf(target);
    let queue = this.queues.get(key);
    if (!queue || queue.length === 0) {
      let arbitrary = this.arbitraries.get(key);
      if (!arbitrary) {
        const example = world.examples.get(key);
        arbitrary = requestArbitrary(target, {
          hasBody: example?.body !== undefined || example?.raw !== undefined,
          hasQuery: Boolean(example?.query),
        });
        this.arbitraries.set(key, arbitrary);
      }
      queue = fc.sample(arbitrary, { numRuns: BATCH, seed: (this.seed + 7919 * ++this.batch) | 0 });
      this.queues.set(key, queue);
    }
    return queue.shift()!;
  }
}

/** The request as a client would put it on the wire, or undefined when no HTTP client could send it. */
function requestOf(concrete: Concrete): Request | undefined {
  try {
    return new Request(new URL(concrete.path, 'http://localhost'), {
      method: concrete.method,
      headers: concrete.headers,
      body: concrete.body,
    });
  } catch {
    return undefined;
  }
}

async function send(
  world: FuzzWorld,
  request: Request,
): Promise<{ status: number; text: string; json: unknown; cleared: boolean }> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${REQUEST_TIMEOUT_MS} ms`)), REQUEST_TIMEOUT_MS);
  });
  try {
    const response = await Promise.race([world.app.request(request), timeout]);
    const text = await response.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    const cleared = /sillage_session=;/.test(response.headers.get('set-cookie') ?? '');
    return { status: response.status, text, json, cleared };
  } finally {
    clearTimeout(timer);
  }
}

async function settle(changes: TableChanges): Promise<TableState> {
  let state = await changes.state();
  for (let waited = 0; changes.pending(state) > 0 && waited < 5000; waited += 10) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    state = await changes.state();
  }
  return state;
}

function hasMessage(json: unknown): boolean {
  const error = (json as { error?: { message?: unknown } } | undefined)?.error;
  return typeof error?.message === 'string' && error.message.trim().length > 0;
}

export async function fuzz(options: FuzzOptions): Promise<FuzzReport> {
  const started = performance.now();
  const endpoints = await declaredEndpoints();
  const matrices = await authorizationMatrices();
  const requests = new Requests(options.seed);
  const findings = new Map<string, Finding>();
  const report: FuzzReport = {
    seed: options.seed,
    requests: 0,
    epochs: 0,
    targets: 0,
    unmounted: [],
    byClass: { '2xx': 0, '3xx': 0, '4xx': 0, '5xx': 0 },
    byStatus: {},
    refusalsChecked: 0,
    foreignOriginWrites: 0,
    linkHolderCalls: 0,
    unsendable: 0,
    linkKinds: [],
    linklessRoutes: [],
    pairsPerRound: 0,
    seen: {},
    byRoute: new Map(),
    findings: [],
    milliseconds: 0,
    worldMilliseconds: 0,
    checkMilliseconds: 0,
    generateMilliseconds: 0,
    maintenanceMilliseconds: 0,
  };
  const found = (
    kind: FindingKind,
    target: FuzzTarget,
    role: Role,
    status: number,
    detail: string,
    concrete: Concrete,
    answer: string,
  ) => {
    const key = `${kind} ${keyOf(target)} ${status} ${detail}`;
    const known = findings.get(key);
    if (known) {
      known.count++;
      return;
    }
    const { cookie: _cookie, ...headers } = concrete.headers;
    findings.set(key, {
      kind,
      route: keyOf(target),
      role,
      status,
      detail,
      request: { method: concrete.method, path: concrete.path.slice(0, 500), headers, body: concrete.summary },
      answer: answer.slice(0, 500),
      count: 1,
    });
  };

  const queryKeys = [
    ...new Set(
      endpoints.flatMap(({ endpoint }) => (endpoint.query ? Object.keys(defOf(endpoint.query).shape ?? {}) : [])),
    ),
  ];
  let pairs: { target: FuzzTarget; role: Role }[] = [];
  let turn = 0;
  let rounds = 0;
  while (report.requests < options.requests) {
    const building = performance.now();
    const world = await FuzzWorld.build(matrices, report.epochs > 0);
    // The routes come from the application itself: whatever it mounts is fuzzed.
    const listed = fuzzTargets(world.app, endpoints);
    const targets = listed.targets.filter((target) => !options.routes || options.routes.test(keyOf(target)));
    report.unmounted = listed.unmounted;
    report.targets = targets.length;
    await world.learnRouteKinds(targets);
    await world.learnLinkBodies(targets);
    report.worldMilliseconds += performance.now() - building;
    if (report.epochs === 0) {
      report.linkKinds = [...world.routeKinds].map(
        ([prefix, kind]) => `${prefix}… → ${kind} (${world.tokensByKind.get(kind)?.length ?? 0})`,
      );
      report.linklessRoutes = targets
        .filter((target) => rolesFor(target, world).includes('linkHolder'))
        .filter((target) => ![...world.routeKinds.keys()].some((prefix) => target.route.startsWith(prefix)))
        .map(keyOf);
    }
    report.epochs++;
    const changes = await TableChanges.open(world.deps.db, process.env.SILLAGE_TEST_DATABASE_URL ?? '');
    try {
      let before = await settle(changes);
      const end = Math.min(options.requests, report.requests + options.epoch);
      while (report.requests < end) {
        if (turn >= pairs.length) {
          pairs = shuffle(
            targets.flatMap((target) => rolesFor(target, world).map((role) => ({ target, role }))),
            (options.seed + ++rounds) | 0,
          );
          report.pairsPerRound = pairs.length;
          turn = 0;
        }
        const { target, role } = pairs[turn++]!;
        const generating = performance.now();
        const concrete = materialize(target, role, requests.next(target, world), world);
        const wire = requestOf(concrete);
        report.generateMilliseconds += performance.now() - generating;
        if (!wire) {
          report.unsendable++;
          continue;
        }
        report.requests++;
        if (role === 'linkHolder') report.linkHolderCalls++;
        const route = report.byRoute.get(keyOf(target)) ?? {
          calls: 0,
          successes: 0,
          roles: new Set<Role>(),
          milliseconds: 0,
          statuses: {},
        };
        route.calls++;
        route.roles.add(role);
        report.byRoute.set(keyOf(target), route);

        let answer: Awaited<ReturnType<typeof send>>;
        const sending = performance.now();
        try {
          answer = await send(world, wire);
          route.milliseconds += performance.now() - sending;
        } catch (error) {
          found('no answer', target, role, 0, String(error), concrete, '');
          before = await settle(changes);
          continue;
        }
        const { status } = answer;
        const statusClass = `${Math.floor(status / 100)}xx`;
        report.byClass[statusClass] = (report.byClass[statusClass] ?? 0) + 1;
        report.byStatus[status] = (report.byStatus[status] ?? 0) + 1;
        if (status < 300) {
          route.successes++;
          world.see(answer.json, queryKeys);
        }
        route.statuses[status] = (route.statuses[status] ?? 0) + 1;

        options.trace?.(
          `${status} ${role} ${concrete.method} ${concrete.path.slice(0, 200)} ${concrete.summary.slice(0, 300)} → ${answer.text.slice(0, 300)}`,
        );
        const checking = performance.now();
        const after = await settle(changes);
        report.checkMilliseconds += performance.now() - checking;
        if (status >= 500) found('5xx', target, role, status, '', concrete, answer.text);
        if (concrete.foreignOrigin) {
          report.foreignOriginWrites++;
          if (status !== 403) found('foreign origin not refused', target, role, status, '', concrete, answer.text);
        }
        if (status >= 400 && status < 500) {
          report.refusalsChecked++;
          const changed = changes.changed(before, after, RECORDED_ON_REFUSAL[keyOf(target)]);
          if (changed.length > 0)
            found('changed on refusal', target, role, status, changed.join(', '), concrete, answer.text);
          if (concrete.method !== 'HEAD' && !hasMessage(answer.json))
            found('refusal without message', target, role, status, '', concrete, answer.text);
        }
        before = after;

        const who = role === 'linkHolder' ? undefined : role;
        const signedOut =
          answer.cleared && who !== undefined && who !== 'anonymous' && concrete.headers.cookie !== undefined;
        const maintaining = performance.now();
        if (signedOut || report.requests % SESSION_CHECK_EVERY === 0) {
          if (signedOut) await world.signInAgain(who as Exclude<Who, 'anonymous'>);
          await world.keepSessions();
          before = await settle(changes);
        }
        if (report.requests % REFRESH_EVERY === 0) await world.refresh();
        report.maintenanceMilliseconds += performance.now() - maintaining;
        if (report.requests % 2000 === 0)
          options.progress?.(
            `${report.requests} requests, ${report.byClass['5xx']} 5xx, ${findings.size} findings, ${Math.round((performance.now() - started) / 1000)} s`,
          );
      }
    } finally {
      await changes.close();
    }
    for (const [key, values] of world.seen) report.seen[key] = (report.seen[key] ?? 0) + values.length;
  }
  report.findings = [...findings.values()];
  report.milliseconds = performance.now() - started;
  return report;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** The summary printed at the end of a run. */
export function summary(report: FuzzReport): string {
  const changed = report.findings.filter((f) => f.kind === 'changed on refusal').reduce((n, f) => n + f.count, 0);
  const routes = [...report.byRoute.values()];
  const lines = [
    `Fuzzing of the API — seed ${report.seed}, ${report.epochs} world(s), ${(report.milliseconds / 1000).toFixed(1)} s`,
    `  requests sent:            ${report.requests} over ${report.targets} routes (${routes.filter((r) => r.successes > 0).length} answered 2xx at least once)`,
    `  by status class:          ${Object.entries(report.byClass)
      .map(([k, v]) => `${k} ${v}`)
      .join(' · ')}`,
    `  by status:                ${Object.entries(report.byStatus)
      .sort(([a], [b]) => Number(a) - Number(b))
      .map(([k, v]) => `${k}×${v}`)
      .join(' ')}`,
    `  5xx:                      ${report.byClass['5xx'] ?? 0}`,
    `  refusals checked:         ${report.refusalsChecked} (every table compared before and after)`,
    `  tables changed on refusal: ${changed}`,
    `  foreign-origin writes:    ${report.foreignOriginWrites} (all must be 403)`,
    `  not sendable (skipped):   ${report.unsendable} generated requests no HTTP client would send`,
    `  single-use link holders:  ${report.linkHolderCalls} calls; links: ${report.linkKinds.join(' · ')}`,
    `  answers' values sent back: ${
      Object.entries(report.seen)
        .map(([k, n]) => `${k} ${n}`)
        .join(' · ') || 'none'
    }`,
    `  findings:                 ${report.findings.length}`,
  ];
  const slowest = [...report.byRoute]
    .sort(([, a], [, b]) => b.milliseconds - a.milliseconds)
    .slice(0, 5)
    .map(([route, r]) => `${route} ${(r.milliseconds / 1000).toFixed(1)} s`);
  lines.push(
    `  time:                     worlds ${seconds(report.worldMilliseconds)}, generating ${seconds(report.generateMilliseconds)}, answering ${seconds(routes.reduce((n, r) => n + r.milliseconds, 0))}, table checks ${seconds(report.checkMilliseconds)}, sessions and pools ${seconds(report.maintenanceMilliseconds)}`,
    `  slowest routes:           ${slowest.join(' · ')}`,
  );
  const neverSucceeded = [...report.byRoute].filter(([, r]) => r.successes === 0);
  if (neverSucceeded.length > 0) lines.push(`  never answered 2xx (the world's state, or refusals all along):`);
  for (const [route, r] of neverSucceeded) {
    const statuses = Object.entries(r.statuses)
      .sort(([, a], [, b]) => b - a)
      .map(([status, n]) => `${status}×${n}`)
      .join(' ');
    lines.push(`    ${route}: ${statuses}`);
  }
  if (report.unmounted.length > 0) lines.push(`  declared but not mounted:  ${report.unmounted.join(', ')}`);
  for (const f of report.findings) {
    lines.push(
      `  ✗ ${f.kind} — ${f.route} as ${f.role}: ${f.status} ${f.detail} (${f.count}×)`,
      `      ${f.request.method} ${f.request.path}`,
      `      headers ${JSON.stringify(f.request.headers).slice(0, 300)}`,
      `      body ${JSON.stringify(f.request.body).slice(0, 400)}`,
      `      answer ${JSON.stringify(f.answer).slice(0, 300)}`,
    );
  }
  return lines.join('\n');
}
