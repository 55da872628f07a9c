import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { Hono } from 'hono';
import { z } from 'zod';
import { get, post } from '../../shared/api/endpoint.ts';
import { AppError } from '../../shared/errors.ts';
import type { Deps } from '../deps.ts';
import type { Env } from './context.ts';
import { endpointRoutes, fromCache } from './endpoints.ts';

const uuid = z.uuid();
const ID = '0b6c2a5e-7d39-4c1e-9f7a-2f1d1e0c9b11';
const show = get('/things/:id', { params: { id: uuid }, public: true }).returns<{ id: string }>();
const create = post('/things', {
  body: z.object({ name: z.string().min(1, 'Donnez un nom.') }),
  status: 201,
  public: true,
}).returns<{
  name: string;
}>();
const remove = post('/things/:id/delete', { params: { id: uuid }, public: true }).returnsNothing();
const pdf = get('/things/:id/pdf', { params: { id: uuid }, public: true }).returnsFile();
const listed = get('/things', { query: z.object({ page: z.coerce.number().int().min(1) }), public: true }).returns<{
  page: number;
}>();

const big = get('/big', { public: true }).returns<{ items: string[] }>();
const BIG = { items: Array.from({ length: 400 }, (_, i) => `Élément n° ${i} du portefeuille`) };

const mine = post('/mine/:id', { params: { id: uuid }, body: z.object({ name: z.string().min(1) }) }).returnsNothing();

function app() {
  const routes = endpointRoutes()
    .on(mine, () => undefined)
    .on(show, ({ params }) => fromCache({ id: params.id }))
    .on(create, ({ body }) => ({ name: body.name }))
    .on(remove, () => undefined)
    .on(pdf, () => ({
      bytes: new Uint8Array([37, 80]),
      filename: 'a.pdf',
      contentType: 'application/pdf',
      disposition: 'inline',
    }))
    .on(listed, ({ query }) => ({ page: query.page }))
    .on(big, () => fromCache(BIG));
  const hono = new Hono<Env>();
  hono.use('*', async (c, next) => {
    c.set('deps', {} as Deps);
    await next();
  });
  hono.route('/', routes.app);
  hono.onError((error, c) =>
    error instanceof AppError ? c.json(error.toBody(), error.status as 400) : c.json({ error: 'internal' }, 500),
  );
  return hono;
}

describe('endpoint routes', () => {
  it('answer JSON, 201, 204 and files as their endpoints say', async () => {
    expect(await (await app().request(`/things/${ID}`)).json()).toEqual({ id: ID });
    const created = await app().request('/things', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Un' }),
    });
    expect(created.status).toBe(201);
    expect((await app().request(`/things/${ID}/delete`, { method: 'POST' })).status).toBe(204);
    const file = await app().request(`/things/${ID}/pdf`);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(file.headers.get('content-disposition')).toBe('inline; filename="a.pdf"');
    expect(file.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('refuse what their schemas refuse, in French, before the handler runs', async () => {
    const badId = await app().request('/things/not-a-uuid');
    expect(badId.status).toBe(404);
    const badBody = await app().request('/things', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: '' }),
    });
    expect(badBody.status).toBe(422);
    expect((await badBody.json()).error.fields).toEqual({ name: 'Donnez un nom.' });
    expect((await app().request('/things?page=0')).status).toBe(422);
    expect(await (await app().request('/things?page=2')).json()).toEqual({ page: 2 });
    // What no form sends (a wrong type): zod's own message, in French too (found by the fuzz suite).
    const wrongType = await app().request('/things', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: ['Un'] }),
    });
    expect(wrongType.status).toBe(422);
    expect((await wrongType.json()).error.fields).toEqual({
      name: 'Entrée invalide : chaîne de caractères attendu, tableau reçu',
    });
  });

  it('answer 401 to a request without a session before reading its parameters or body', async () => {
    const anonymous = await app().request('/mine/not-a-uuid', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: '' }),
    });
    expect(anonymous.status).toBe(401);
  });
});

describe('answers from a read cache', () => {
  it('are compressed once for a client that accepts gzip, and sent plain to one that does not', async () => {
    const hono = app();
    for (let i = 0; i < 2; i++) {
      const zipped = await hono.request('/big', { headers: { 'accept-encoding': 'gzip, deflate, br' } });
      expect(zipped.headers.get('content-encoding')).toBe('gzip');
      expect(zipped.headers.get('vary')).toBe('Accept-Encoding');
      const bytes = Buffer.from(await zipped.arrayBuffer());
      expect(bytes.length).toBeLessThan(JSON.stringify(BIG).length / 4);
      expect(JSON.parse(gunzipSync(bytes).toString('utf8'))).toEqual(BIG);
    }
    const plain = await hono.request('/big');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.json()).toEqual(BIG);
    // A small answer is not worth compressing.
    const small = await hono.request(`/things/${ID}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(small.headers.get('content-encoding')).toBeNull();
  });
});
