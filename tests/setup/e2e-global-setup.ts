/**
 * End-to-end tests: build the UI if needed, start one PostgreSQL and the real Sillage process on
 * a fresh database, and hand its URL to the tests.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { createLogger } from '../../src/platform/logger.ts';
import { ensureWebBuild } from '../../src/platform/web-build/build.ts';
import { startApp } from '../support/server.ts';
import { browserTestsSkip, chromiumPath } from './browser.ts';
import { startTestServer } from './test-postgres.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    e2eBaseUrl: string;
    e2eSkip: string;
    /** Maintenance database of the test PostgreSQL: files that need their own app create a database there. */
    e2ePostgresUrl: string;
    /** The run's ROME catalogue template database, built by the first file that needs it. */
    e2eRomeTemplate: string;
  }
}

export default async function setup(project: TestProject) {
  const skip = browserTestsSkip(process.env, chromiumPath()); // throws in CI without Chromium
  if (skip) {
    console.warn(`\n⚠ ${skip}\n`);
    project.provide('e2eSkip', skip);
    project.provide('e2eBaseUrl', '');
    project.provide('e2ePostgresUrl', '');
    project.provide('e2eRomeTemplate', '');
    return;
  }
  await ensureWebBuild(createLogger('warn'));
  const server = await startTestServer();
  const database = `sillage_e2e_${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  const app = await startApp({ DATABASE_URL: server.urlFor(database), JOBS: 'on' });
  project.provide('e2eSkip', '');
  project.provide('e2eBaseUrl', app.url);
  project.provide('e2ePostgresUrl', server.urlFor('postgres'));
  const romeTemplate = `${database}_rome`;
  project.provide('e2eRomeTemplate', romeTemplate);

  return async () => {
    await app.stop();
    const admin = new pg.Client({ connectionString: server.urlFor('postgres') });
    await admin.connect();
    for (const name of [database, romeTemplate, `${romeTemplate}_building`]) {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
    await admin.end();
    await server.stop();
  };
}
