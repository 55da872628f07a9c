/** The financing API over HTTP (decision 015): the public CPF earliest-start computation. */
import { beforeAll, describe, expect, it } from 'vitest';
import { testDeps } from '../../../tests/support/deps.ts';
import { call, testApp } from '../../../tests/support/http.ts';
import type { App } from '../../app/http.ts';

let app: App;

beforeAll(() => {
  app = testApp(testDeps('2026-05-06T08:00:00Z'));
});

describe('GET /api/rules/cpf/earliest-start (public)', () => {
  it('answers the earliest start of the worked example and of 2027’s holidays', async () => {
    expect(await call(app, 'GET', '/api/rules/cpf/earliest-start?validatedOn=2026-05-04')).toMatchObject({
      status: 200,
      body: { earliestStart: '2026-05-22' },
    });
    expect((await call(app, 'GET', '/api/rules/cpf/earliest-start?validatedOn=2027-04-29')).body).toEqual({
      earliestStart: '2027-05-19',
    });
  });

  it.each([
    ['', 'Indiquez la date'],
    ['?validatedOn=04/05/2026', 'AAAA-MM-JJ'],
    ['?validatedOn=2026-02-30', 'n’existe pas'],
    ['?validatedOn=1900-01-01', 'calendrier'],
    // Before CPF orders existed (found by the fuzzer: no CPF delay is known then, it answered 500).
    ['?validatedOn=1994-09-21', 'Mon Compte Formation'],
    ['?validatedOn=2019-11-20', 'depuis le 21 novembre 2019'],
  ])('refuses %s with a French 400', async (queryString, message) => {
    const response = await call(app, 'GET', `/api/rules/cpf/earliest-start${queryString}`);
    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain(message);
  });
});
