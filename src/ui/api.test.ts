import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { get, post } from '../shared/api/endpoint.ts';
import { urlOf, type CallInput } from './api.ts';

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
