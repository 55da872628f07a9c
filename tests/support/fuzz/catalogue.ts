/**
 * What the fuzzer calls, found rather than listed: every endpoint declared in a capability's
 * `contracts/endpoints.ts` (decision 021), every route the application mounts (an undeclared one
 * is fuzzed too, without schemas), and the authorisation matrix's cases
 * (`http/authorization.cases.ts`), which give each route a concrete path and a body known to pass.
 * A capability, an endpoint or a case added by anyone is picked up without editing this file.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AnyEndpoint } from '../../../src/shared/api/endpoint.ts';
import type { App } from '../../../src/app/http.ts';
import type { AuthorizationCases } from '../authorization.ts';
import { ROOT } from '../server.ts';

export interface FuzzTarget {
  method: 'GET' | 'POST';
  /** The route as Hono lists it: `/api/bilans/:id`. */
  route: string;
  /** Its declaration, or undefined for a mounted route declared nowhere (`/api/health`). */
  endpoint: AnyEndpoint | undefined;
  /** Where it is declared (`bilans.get`), for the summary. */
  name: string;
  params: string[];
}

const SRC = path.join(ROOT, 'src');

function isEndpoint(value: unknown): value is AnyEndpoint {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<AnyEndpoint>;
  return (
    (candidate.method === 'GET' || candidate.method === 'POST') &&
    typeof candidate.path === 'string' &&
    candidate.path.startsWith('/') &&
    typeof candidate.params === 'object' &&
    typeof candidate.kind === 'string'
  );
}

/** Each capability's file `relative` (under `src/<capability>/`), imported, by capability name. */
async function capabilityModules(relative: string): Promise<[string, Record<string, unknown>][]> {
  const found: [string, Record<string, unknown>][] = [];
  for (const capability of readdirSync(SRC).sort()) {
    const file = path.join(SRC, capability, relative);
    if (existsSync(file)) found.push([capability, (await import(pathToFileURL(file).href)) as Record<string, unknown>]);
  }
  return found;
}

/** Every endpoint declared in `src/<capability>/contracts/endpoints.ts`. */
export async function declaredEndpoints(): Promise<{ name: string; endpoint: AnyEndpoint }[]> {
  const endpoints: { name: string; endpoint: AnyEndpoint }[] = [];
  for (const [capability, module] of await capabilityModules('contracts/endpoints.ts')) {
    for (const group of Object.values(module)) {
      if (typeof group !== 'object' || group === null) continue;
      for (const [name, value] of Object.entries(group)) {
        if (isEndpoint(value)) endpoints.push({ name: `${capability}.${name}`, endpoint: value });
      }
    }
  }
  return endpoints;
}

/** Every capability's part of the authorisation matrix (`src/<capability>/http/authorization.cases.ts`). */
export async function authorizationMatrices(): Promise<AuthorizationCases[]> {
  const matrices: AuthorizationCases[] = [];
  for (const [, module] of await capabilityModules('http/authorization.cases.ts')) {
    for (const value of Object.values(module)) {
      if (typeof value === 'object' && value !== null && typeof (value as AuthorizationCases).cases === 'function')
        matrices.push(value as AuthorizationCases);
    }
  }
  return matrices;
}

const paramsOf = (route: string) => [...route.matchAll(/:([A-Za-z0-9_]+)/g)].map((m) => m[1]!);

/**
 * The routes to fuzz: every declared endpoint, and every API route the application mounts that
 * no endpoint declares. Declared but unmounted endpoints are reported by `unmounted`.
 */
export function fuzzTargets(
  app: App,
  endpoints: { name: string; endpoint: AnyEndpoint }[],
): { targets: FuzzTarget[]; unmounted: string[] } {
  const mounted = new Set(
    app.routes
      .filter((r) => r.path.startsWith('/api/') && (r.method === 'GET' || r.method === 'POST'))
      .map((r) => `${r.method} ${r.path}`),
  );
  const targets = new Map<string, FuzzTarget>();
  for (const { name, endpoint } of endpoints) {
    const route = `/api${endpoint.path}`;
    targets.set(`${endpoint.method} ${route}`, {
      method: endpoint.method,
      route,
      endpoint,
      name,
      params: paramsOf(route),
    });
  }
  const unmounted = [...targets.keys()].filter((key) => !mounted.has(key));
  for (const key of mounted) {
    if (targets.has(key)) continue;
    const [method, route] = key.split(' ') as ['GET' | 'POST', string];
    targets.set(key, { method, route, endpoint: undefined, name: 'undeclared', params: paramsOf(route) });
  }
  return {
    targets: [...targets.values()].sort((a, b) => a.route.localeCompare(b.route) || a.method.localeCompare(b.method)),
    unmounted,
  };
}
