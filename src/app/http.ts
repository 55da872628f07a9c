/**
 * The Hono application: /api/* routes and the built SPA, on one port.
 * Thin: each route validates, calls one service, maps errors (docs/ARCHITECTURE.md).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { serveStatic } from '@hono/node-server/serve-static';
import { AppError, ERRORS } from '../shared/errors.ts';
import { resolveSession } from '../accounts/use-cases/resolve-session.ts';
import type { Deps } from '../platform/deps.ts';
import type { Env, HttpOptions } from '../platform/http/context.ts';
import { requestOrigin } from '../platform/http/origin.ts';
import { allowedOrigins, isSameOriginRequest } from '../platform/http/same-origin.ts';
import { readSessionCookie } from '../platform/http/session-cookie.ts';
import { CAPABILITIES } from './capabilities.ts';

export interface AppOptions extends HttpOptions {
  /** Directory of the built SPA (web/dist); omitted in API-only tests. */
  staticDir?: string;
}

const MAX_BODY_BYTES = 1024 * 1024;

/** Served with every downloaded file: no script, no plugin, no request, an opaque origin. */
export const UPLOADED_FILE_CSP = "sandbox; default-src 'none'; frame-ancestors 'none'";

export function createApp(deps: Deps, options: AppOptions) {
  const app = new Hono<Env>();
  const origins = allowedOrigins(deps.publicUrl);
  const openToOtherSites = (method: string, path: string) =>
    CAPABILITIES.some((capability) => capability.openToOtherSites?.(method, path));

  // Files (decisions 015 and 030). A document Sillage made itself opens inline: browsers' PDF
  // viewers refuse a PDF served with `object-src 'none'`, so that response keeps nosniff but no CSP.
  // A file someone uploaded is only ever downloaded (attachment), under `sandbox`: even opened
  // from Sillage's address, it runs no script and reaches nothing of the origin.
  app.use('/api/*', async (c, next) => {
    await next();
    const disposition = c.res.headers.get('content-disposition');
    if (disposition?.startsWith('attachment')) c.res.headers.set('Content-Security-Policy', UPLOADED_FILE_CSP);
    else if (c.res.headers.get('content-type') === 'application/pdf') c.res.headers.delete('Content-Security-Policy');
  });

  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        baseUri: ["'self'"],
        objectSrc: ["'none'"],
      },
      // Not `no-referrer`: under it browsers send `Origin: null` on the app's own writes, which
      // the same-origin check below must refuse. Other sites still receive no referrer.
      referrerPolicy: 'same-origin',
      crossOriginEmbedderPolicy: false,
    }),
  );

  const api = new Hono<Env>();
  api.use('*', async (c, next) => {
    const started = performance.now();
    c.set('deps', deps);
    c.set('options', options);
    c.set('origin', requestOrigin(c, options.trustProxy, options.trustedProxies));
    c.header('Cache-Control', 'no-store');
    // Cross-site request forgery: a write must come from a page of Sillage (Origin or Referer
    // equal to PUBLIC_URL, Sec-Fetch-Site same-origin when sent), on top of the SameSite=Lax
    // session cookie; the multipart uploads of decision 018 included. Refused before anything runs.
    if (
      !isSameOriginRequest(c.req.method, (name) => c.req.header(name), origins) &&
      !openToOtherSites(c.req.method, c.req.path)
    ) {
      deps.log.warn(
        {
          method: c.req.method,
          path: c.req.path,
          origin: c.req.header('origin') ?? null,
          secFetchSite: c.req.header('sec-fetch-site') ?? null,
          publicUrl: deps.publicUrl,
        },
        'Écriture refusée : elle ne vient pas de l’adresse PUBLIC_URL',
      );
      throw new AppError('foreign_origin');
    }
    const token = readSessionCookie(c);
    c.set('sessionToken', token);
    c.set('session', await resolveSession(deps, token, c.get('origin')));
    await next();
    // Read-your-writes in this process: a change made through this request is visible to the
    // next read at once (other processes learn it from the database's notification).
    const session = c.get('session');
    if (session && c.req.method !== 'GET' && c.res.status < 400)
      deps.caches.organisationChanged(session.actor.organisationId);
    const ms = Math.round(performance.now() - started);
    if (c.res.status >= 400 && c.res.status < 500) {
      deps.log.info(
        { method: c.req.method, path: c.req.path, status: c.res.status, ms, ip: c.get('origin').ip },
        'Requête refusée',
      );
    } else {
      deps.log.debug({ method: c.req.method, path: c.req.path, status: c.res.status, ms }, 'Requête');
    }
  });
  const apiBodyLimit = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: (c) => c.json(new AppError('payload_too_large').toBody(), 413),
  });
  const ownBodyLimit = (method: string, path: string) =>
    CAPABILITIES.some((capability) => capability.ownBodyLimit?.(method, path));
  api.use('*', (c, next) => (ownBodyLimit(c.req.method, c.req.path) ? next() : apiBodyLimit(c, next)));
  api.get('/health', (c) => c.json({ status: 'ok' }));
  for (const capability of CAPABILITIES) if (capability.routes) api.route('/', capability.routes);
  api.all('*', () => {
    throw new AppError('not_found');
  });
  app.route('/api', api);

  if (options.staticDir) {
    const root = path.relative(process.cwd(), options.staticDir) || '.';
    const indexHtml = readFileSync(path.join(options.staticDir, 'index.html'), 'utf8');
    app.use(
      '/assets/*',
      serveStatic({
        root,
        onFound: (_path, c) => c.header('Cache-Control', 'public, max-age=31536000, immutable'),
      }),
    );
    app.use('*', serveStatic({ root, onFound: (_path, c) => c.header('Cache-Control', 'no-cache') }));
    // Client-side routes: every other GET gets the SPA, which shows its own 404 page.
    app.get('*', (c) => {
      c.header('Cache-Control', 'no-cache');
      return c.html(indexHtml);
    });
  }

  app.onError((error, c) => {
    if (error instanceof AppError) {
      return c.json(error.toBody(), error.status as 400);
    }
    deps.log.error({ err: error, method: c.req.method, path: c.req.path }, 'Erreur interne');
    return c.json({ error: { code: 'internal', message: ERRORS.internal.message } }, 500);
  });
  app.notFound((c) => c.json(new AppError('not_found').toBody(), 404));

  return app;
}

export type App = ReturnType<typeof createApp>;
