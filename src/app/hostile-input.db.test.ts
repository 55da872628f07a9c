/**
 * Hostile input at the HTTP edge (issue 10, finding 3): NUL and other control characters in free
 * text, lone surrogates in answers, impossible calendar dates, times French clocks never show, and
 * absurd ranges are refused with a French 4xx, never a 500, and nothing is saved.
 */
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { testDeps, type TestDeps } from '../../tests/support/deps.ts';
import { createOrganisation, createUser, type TestOrganisation, type TestUser } from '../../tests/support/factories.ts';
import { call, loginAs, testApp, type TestResponse } from '../../tests/support/http.ts';
import type { App } from './http.ts';

let deps: TestDeps;
let app: App;
let org: TestOrganisation;
let beneficiary: TestUser;
let bilanId: string;
let admin: string;
let consultant: string;
let beneficiaryCookie: string;
let slug: string;

const NUL = 'avant\u0000après';
const LONE_SURROGATE = 'moitié d’émoji \ud83d';

beforeAll(async () => {
  deps = testDeps('2026-11-23T08:00:00Z'); // Monday 23 November 2026, 09:00 in Paris
  app = testApp(deps);
  org = await createOrganisation(deps);
  beneficiary = await createUser(deps, org.id, 'beneficiary');
  bilanId = (
    await deps.db
      .insertInto('bilans')
      .values({
        organisation_id: org.id,
        beneficiary_id: beneficiary.id,
        consultant_id: org.consultant.id,
        financing: 'opco',
        planned_accompaniment_minutes: 1440,
        created_at: deps.clock.now(),
      })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  slug = `hostile-${org.id.slice(0, 8)}`;
  await deps.db
    .updateTable('organisations')
    .set({ slug, public_page_enabled: true })
    .where('id', '=', org.id)
    .execute();
  admin = await loginAs(app, org.admin.email);
  consultant = await loginAs(app, org.consultant.email);
  beneficiaryCookie = await loginAs(app, beneficiary.email);
});

/** A French 422 naming `field`, with nothing of the server's insides. */
function expectRefused(response: TestResponse, field: string, message?: RegExp): void {
  expect(response.status, response.text).toBe(422);
  expect(response.body.error.code).toBe('validation_failed');
  const text: string = response.body.error.fields?.[field];
  expect(text, JSON.stringify(response.body)).toMatch(/[a-zàâçéèêëîïôûùüÿœ]/i);
  if (message) expect(text).toMatch(message);
}

const rows = async (table: 'leads' | 'offers' | 'seances' | 'bilans' | 'questionnaire_assignments') =>
  (await deps.db.selectFrom(table).select('id').where('organisation_id', '=', org.id).execute()).length;

describe('control characters and lone surrogates in free text', () => {
  it('refuses NUL in the anonymous contact form, and stores no lead', async () => {
    const response = await call(app, 'POST', `/api/public/organisations/${slug}/contact`, {
      body: {
        firstName: 'Bruno',
        lastName: 'Lefèvre',
        email: 'bruno@exemple.fr',
        message: `Je souhaite faire le point ${NUL}.`,
        preferredModality: 'remote',
        declaredSource: 'word_of_mouth',
        consent: true,
      },
      ip: '192.0.2.40',
    });
    expectRefused(response, 'message', /caractères/);
    expect(await rows('leads')).toBe(0);
  });

  it('refuses NUL in an offer, an invitation and a phase change reason', async () => {
    const offer = {
      title: `Bilan ${NUL}`,
      accompanimentHours: '24',
      personalWorkHours: '0',
      modality: 'remote',
      price: '1 600',
      accessDelay: '15 jours',
    };
    expectRefused(await call(app, 'POST', '/api/admin/offers', { body: offer, cookie: admin }), 'title');
    const invite = { firstName: NUL, lastName: 'Martin', email: 'nul@exemple.fr' };
    expectRefused(await call(app, 'POST', '/api/admin/consultants', { body: invite, cookie: admin }), 'firstName');
    const transition = { to: 'abandonne', reason: NUL };
    expectRefused(
      await call(app, 'POST', `/api/bilans/${bilanId}/transitions`, { body: transition, cookie: consultant }),
      'reason',
    );
    expect(await rows('offers')).toBe(0);
  });

  it('keeps line breaks and tabs where text spans several lines, refuses them in a one-line field', async () => {
    const topic = { date: '2026-12-02', start: '10:00', end: '11:00', mode: 'remote', phase: 'preliminaire' };
    const link = { link: 'https://visio.exemple.fr/abc' };
    expectRefused(
      await call(app, 'POST', `/api/bilans/${bilanId}/seances`, {
        body: { ...topic, ...link, topic: 'Premier\nentretien' },
        cookie: consultant,
      }),
      'topic',
    );
    const response = await call(app, 'POST', `/api/bilans/${bilanId}/seances`, {
      body: { ...topic, ...link, mode: 'in_person', place: 'Bureau 2\n12 rue des Lilas\tLyon' },
      cookie: consultant,
    });
    expect(response.status, response.text).toBe(201);
  });

  it('refuses a lone surrogate in answers, and saves no draft', async () => {
    const assigned = await call(app, 'POST', `/api/bilans/${bilanId}/questionnaires`, {
      body: { questionnaire: 'model:attentes-du-bilan' },
      cookie: consultant,
    });
    expect(assigned.status, assigned.text).toBe(201);
    const { assignmentId } = assigned.body;
    const draft = await call(app, 'POST', `/api/assignments/${assignmentId}/draft`, {
      body: { version: 1, answers: { attentes: LONE_SURROGATE } },
      cookie: beneficiaryCookie,
    });
    expectRefused(draft, 'answers');
    const stored = await deps.db
      .selectFrom('questionnaire_assignments')
      .select(['answers'])
      .where('id', '=', assignmentId)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(stored.answers)).not.toContain('moitié');
    const comment = await call(app, 'POST', `/api/assignments/${assignmentId}/comments`, {
      body: { questionId: 'attentes', body: LONE_SURROGATE },
      cookie: beneficiaryCookie,
    });
    expectRefused(comment, 'body');
  });

  it('refuses a lone surrogate in a 360° answer before reading the link', async () => {
    const token = 'a'.repeat(43);
    expectRefused(
      await call(app, 'POST', `/api/regard/${token}`, { body: { answers: { [LONE_SURROGATE]: 'oui' } } }),
      'answers',
    );
  });
});

describe('dates and times', () => {
  const seance = (date: string, start = '10:00', end = '11:00') => ({
    date,
    start,
    end,
    mode: 'personal_work',
    phase: 'preliminaire',
  });

  it('refuses impossible calendar dates when planning and rescheduling a séance; nothing saved', async () => {
    const before = await rows('seances');
    for (const date of ['2026-02-30', '2027-02-29', '2027-13-01', '0000-01-01']) {
      const planned = await call(app, 'POST', `/api/bilans/${bilanId}/seances`, {
        body: seance(date),
        cookie: consultant,
      });
      expectRefused(planned, 'date');
      const moved = await call(app, 'POST', `/api/seances/${randomUUID()}/reschedule`, {
        body: { date, start: '10:00', end: '11:00', reason: 'Empêchement' },
        cookie: consultant,
      });
      expectRefused(moved, 'date');
    }
    expect(await rows('seances')).toBe(before);
  });

  it('refuses a séance in the spring daylight-saving gap, in French', async () => {
    const response = await call(app, 'POST', `/api/bilans/${bilanId}/seances`, {
      body: seance('2027-03-28', '02:30', '04:00'),
      cookie: consultant,
    });
    expectRefused(response, 'start', /n’existe pas ce jour-là/);
  });

  it('refuses actual times in the spring gap when a séance is marked held, and an interview in the gap', async () => {
    const held = await deps.db
      .insertInto('seances')
      .values({
        organisation_id: org.id,
        bilan_id: bilanId,
        consultant_id: org.consultant.id,
        phase: 'preliminaire',
        mode: 'remote',
        link: 'https://visio.exemple.fr/abc',
        starts_at: new Date('2026-03-29T00:00:00Z'), // 01:00 in Paris, the night the clocks jump
        ends_at: new Date('2026-03-29T01:30:00Z'),
        created_by: org.consultant.id,
        created_at: new Date('2026-03-01T10:00:00Z'),
        updated_at: new Date('2026-03-01T10:00:00Z'),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const response = await call(app, 'POST', `/api/seances/${held.id}/held`, {
      body: { actualStart: '01:00', actualEnd: '02:30' },
      cookie: consultant,
    });
    expectRefused(response, 'actualEnd', /n’existe pas ce jour-là/);
    const row = await deps.db
      .selectFrom('seances')
      .select(['status', 'actual_end_at'])
      .where('id', '=', held.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'planned', actual_end_at: null });
    const interview = { date: '2027-03-28', start: '02:00', end: '03:30', mode: 'remote', link: 'https://v.fr/x' };
    expectRefused(
      await call(app, 'POST', `/api/leads/${randomUUID()}/interview`, { body: interview, cookie: consultant }),
      'start',
      /n’existe pas ce jour-là/,
    );
    expectRefused(
      await call(app, 'POST', `/api/leads/${randomUUID()}/interview`, {
        body: { ...interview, date: '2028-06-01', start: '10:00', end: '11:00' },
        cookie: consultant,
      }),
      'date',
      /à l’avance/,
    );
  });

  it('reads the repeated autumn hour as the first one (summer time), every time', async () => {
    const response = await call(app, 'POST', `/api/bilans/${bilanId}/seances`, {
      body: seance('2027-10-31', '02:30', '03:30'),
      cookie: consultant,
    });
    expect(response.status, response.text).toBe(201);
    const row = await deps.db
      .selectFrom('seances')
      .select(['starts_at', 'ends_at'])
      .where('id', '=', response.body.seanceId)
      .executeTakeFirstOrThrow();
    expect(row.starts_at.toISOString()).toBe('2027-10-31T00:30:00.000Z');
    expect(row.ends_at.toISOString()).toBe('2027-10-31T02:30:00.000Z');
  });

  it('refuses a séance or a due date absurdly far ahead', async () => {
    for (const date of ['9999-12-31', '2029-01-15']) {
      expectRefused(
        await call(app, 'POST', `/api/bilans/${bilanId}/seances`, { body: seance(date), cookie: consultant }),
        'date',
      );
      expectRefused(
        await call(app, 'POST', `/api/bilans/${bilanId}/questionnaires`, {
          body: { questionnaire: 'model:attentes-du-bilan', dueOn: date },
          cookie: consultant,
        }),
        'dueOn',
      );
    }
  });

  it('refuses an impossible date in the indicators’ query string with a 4xx', async () => {
    for (const from of ['2026-02-30', '2027-13-01', '0000-01-01']) {
      const response = await call(app, 'GET', `/api/admin/indicators?from=${from}&to=2027-12-31`, { cookie: admin });
      expectRefused(response, 'from');
    }
  });

  it('refuses an impossible date in the public CPF query and a control character in a page cursor', async () => {
    const response = await call(app, 'GET', '/api/rules/cpf/earliest-start?validatedOn=2027-02-29');
    expect(response.status, response.text).toBe(400);
    expect(response.body.error.message).toMatch(/n’existe pas/);
    const cursor = await call(app, 'GET', `/api/admin/audit?cursor=${encodeURIComponent(NUL)}`, { cookie: admin });
    expectRefused(cursor, 'cursor');
  });

  it('refuses an impossible date in the financing record', async () => {
    expectRefused(
      await call(app, 'POST', `/api/bilans/${bilanId}/financing`, {
        body: { cpfValidatedOn: '2027-02-29' },
        cookie: consultant,
      }),
      'cpfValidatedOn',
      /n’existe pas/,
    );
  });
});

describe('amounts and hours', () => {
  it('refuses planned hours below one hour, and creates no bilan', async () => {
    const before = await rows('bilans');
    const response = await call(app, 'POST', '/api/bilans', {
      body: {
        beneficiary: { firstName: 'Jo', lastName: 'Lo', email: 'minutes@exemple.fr' },
        financing: 'opco',
        plannedHours: '0,01',
      },
      cookie: consultant,
    });
    expectRefused(response, 'plannedHours', /au moins 1/);
    expect(await rows('bilans')).toBe(before);
  });

  it('refuses a price of 0 for an offer and a financing record, and an offer of a few seconds', async () => {
    const offer = {
      title: 'Bilan gratuit',
      accompanimentHours: '24',
      personalWorkHours: '0',
      modality: 'remote',
      price: '0',
      accessDelay: '15 jours',
    };
    expectRefused(await call(app, 'POST', '/api/admin/offers', { body: offer, cookie: admin }), 'price');
    expectRefused(
      await call(app, 'POST', '/api/admin/offers', {
        body: { ...offer, price: '1 600', accompanimentHours: '0,01' },
        cookie: admin,
      }),
      'accompanimentHours',
      /au moins 1/,
    );
    expectRefused(
      await call(app, 'POST', `/api/bilans/${bilanId}/financing`, { body: { price: '0' }, cookie: consultant }),
      'price',
    );
    expect(await rows('offers')).toBe(0);
  });
});
