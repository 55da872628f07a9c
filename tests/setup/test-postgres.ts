/**
 * The PostgreSQL server of a test run: the external one named by DATABASE_URL, or an embedded
 * one started in a temporary directory with fsync off.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { silentLogger } from '../../src/platform/logger.ts';
import { startEmbeddedPostgres } from '../../src/platform/postgres/embedded.ts';

export interface TestServer {
  /** Connection string for a database on this server. */
  urlFor(database: string): string;
  kind: 'embedded' | 'external';
  stop(): Promise<void>;
}

export async function startTestServer(): Promise<TestServer> {
  const external = process.env.DATABASE_URL;
  if (external) {
    return {
      kind: 'external',
      urlFor(database) {
        const url = new URL(external);
        url.pathname = `/${database}`;
        return url.toString();
      },
      stop: async () => undefined,
    };
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sillage-test-'));
  const server = await startEmbeddedPostgres({ dataDir: dir, log: silentLogger(), ephemeral: true });
  return {
    kind: 'embedded',
    urlFor: server.urlFor,
    async stop() {
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
