import { afterEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import { z } from 'zod';
import { get, post } from '../shared/api/endpoint.ts';
import { call, preload, urlOf, type CallInput } from './api.ts';

const uuid = z.uuid();
const seances = get('/bilans/:id/seances', { params: { id: uuid } }).returns<{ seances: string[] }>();
const search = get('/catalog/search', {
  query: z.object({ q: z.string(), limit: z.coerce.number().optional() }),
}).returns<{
  hits: string[];
}>();
const plan = post('/bilans/:id/seances', {
  params: { id: uuid },
  body: z.object({ date: z.string() }),
  status: 201,
}).returns<{
  id: string;
}>();

describe('the API client', () => {
  it('builds each path from its parameters, each one encoded', () => {
    expect(urlOf(plan, { params: { id: 'a' }, body: { date: '2027-01-04' } })).toBe('/api/bilans/a/seances');
    expect(urlOf(seances, { params: { id: '0a8f/../x y' } })).toBe('/api/bilans/0a8f%2F..%2Fx%20y/seances');
    expect(urlOf(search, { query: { q: 'aide à domicile', limit: 5 } })).toBe(
      '/api/catalog/search?q=aide+%C3%A0+domicile&limit=5',
    );
    expect(urlOf(search, { query: { q: 'x', limit: undefined } })).toBe('/api/catalog/search?q=x');
  });

  it('types parameters, body and query string from the endpoint', () => {
    expectTypeOf<{ params: { id: string }; body: { date: string } }>().toExtend<CallInput<typeof plan>>();
    expectTypeOf<{ params: { id: string } }>().not.toExtend<CallInput<typeof plan>>();
    expectTypeOf<{ query: { q: string } }>().toExtend<CallInput<typeof search>>();
    expectTypeOf<{ query: { q: number } }>().not.toExtend<CallInput<typeof search>>();
    expectTypeOf<{ params: { id: string }; query: { q: string } }>().not.toExtend<CallInput<typeof search>>();
    expectTypeOf<Record<string, never>>().not.toExtend<CallInput<typeof seances>>();
  });
});

describe('preloading an answer before its page has loaded', () => {
  afterEach(() => vi.unstubAllGlobals());
  const answering = () => {
    const fetch = vi.fn(async () => Response.json({ seances: ['s1'] }));
    vi.stubGlobal('fetch', fetch);
    return fetch;
  };

  it('gives the preloaded answer to the first call of the same address, and asks again after', async () => {
    const fetch = answering();
    preload('/api/bilans/b1/seances');
    expect(await call(seances, { params: { id: 'b1' } })).toEqual({ seances: ['s1'] });
    expect(fetch).toHaveBeenCalledTimes(1);
    await call(seances, { params: { id: 'b1' } });
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('never serves it to another address, nor after 10 seconds', async () => {
    const fetch = answering();
    preload('/api/bilans/b2/seances');
    await call(seances, { params: { id: 'b3' } });
    expect(fetch).toHaveBeenCalledTimes(2);
    preload('/api/bilans/b4/seances', Date.now() - 10_001);
    await call(seances, { params: { id: 'b4' } });
    expect(fetch).toHaveBeenCalledTimes(4);
  });

  it('never serves an answer preloaded before a change', async () => {
    const fetch = answering();
    preload('/api/bilans/b6/seances');
    await call(plan, { params: { id: 'b6' }, body: { date: '2027-01-04' } });
    await call(seances, { params: { id: 'b6' } });
    expect(fetch).toHaveBeenCalledTimes(3);
  });

  it('hands a failure to the page that takes it, not to the console as an unhandled rejection', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        Response.json({ error: { code: 'not_found', message: 'Ce bilan est introuvable.' } }, { status: 404 }),
      ),
    );
    preload('/api/bilans/b5/seances');
    await new Promise((resolve) => setTimeout(resolve, 0));
    await expect(call(seances, { params: { id: 'b5' } })).rejects.toMatchObject({
      status: 404,
      message: 'Ce bilan est introuvable.',
    });
  });
});
