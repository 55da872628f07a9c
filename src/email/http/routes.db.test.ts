/**
 * The admin's outbox over HTTP, page by page. The cursor comes back from the browser: one that
 * was not made by the server is read as "from the start". Found by the API fuzzer: a cursor whose
 * id had its dashes moved passed the check and PostgreSQL refused it as a uuid, answering 500.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { testDeps, type TestDeps } from '../../../tests/support/deps.ts';
import { createOrganisation, type TestOrganisation } from '../../../tests/support/factories.ts';
import { call, loginAs, testApp } from '../../../tests/support/http.ts';
import type { App } from '../../app/http.ts';

let deps: TestDeps;
let app: App;
let org: TestOrganisation;
let admin: string;

beforeAll(async () => {
  deps = testDeps();
  app = testApp(deps);
  org = await createOrganisation(deps);
  for (let i = 0; i < 55; i++) {
    await deps.outbox.enqueue(
      deps.db,
      {
        organisationId: org.id,
        kind: 'invitation',
        to: `personne-${i}@exemple.fr`,
        message: { subject: `Message ${i}`, text: 'Texte', html: '<p>Texte</p>' },
      },
      new Date(deps.clock.now().getTime() - i * 60_000),
    );
  }
  admin = await loginAs(app, org.admin.email);
});

const page = (cursor?: string) =>
  call(app, 'GET', `/api/admin/outbox${cursor === undefined ? '' : `?cursor=${encodeURIComponent(cursor)}`}`, {
    cookie: admin,
  });

describe('GET /api/admin/outbox', () => {
  it('pages through the messages with the cursor it gives', async () => {
    const first = await page();
    expect(first.status).toBe(200);
    expect(first.body.messages).toHaveLength(50);
    const second = await page(first.body.nextCursor);
    expect(second.body.messages.map((m: { to: string }) => m.to)).toEqual(
      [50, 51, 52, 53, 54].map((i) => `personne-${i}@exemple.fr`),
    );
    expect(second.body.nextCursor).toBeNull();
  });

  it('reads a cursor it did not make as the first page, never as a 500', async () => {
    const { nextCursor } = (await page()).body as { nextCursor: string };
    const [at, id] = nextCursor.split('|') as [string, string];
    const misplaced = `${id.slice(0, 8)}${id.slice(9, 13)}-${id.slice(13)}`;
    for (const cursor of [
      `${at}|${misplaced}`,
      `${at}|${'-'.repeat(36)}`,
      `-271821-04-20T00:00:00.000Z|${id}`,
      `+275760-09-13T00:00:00.000Z|${id}`,
      `0|${id}`,
      `${at}|`,
      'x|y',
    ]) {
      const response = await page(cursor);
      expect({ cursor, status: response.status }).toEqual({ cursor, status: 200 });
      expect(response.body.messages).toHaveLength(50);
    }
  });
});
