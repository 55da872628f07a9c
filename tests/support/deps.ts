/**
 * Services' dependencies for database tests: the real database of this test file, a movable
 * clock, a real (cheaper) argon2id hasher, and no e-mail delivery (messages stay in the outbox).
 */
import { hash, verify } from '@node-rs/argon2';
import { fixedClock } from '../../src/platform/clock.ts';
import { createDb, type Db } from '../../src/platform/db/kysely.ts';
import { silentLogger } from '../../src/platform/logger.ts';
import type { PasswordHasher } from '../../src/platform/security/password-hasher.ts';
import type { Deps } from '../../src/platform/deps.ts';
import { ports } from '../../src/app/ports.ts';
import { disabledCaches } from '../../src/platform/cache/caches.ts';

/** argon2id with small parameters: same code path, a fraction of the time. */
export const testHasher: PasswordHasher = {
  hash: (password) => hash(password, { algorithm: 2, memoryCost: 1024, timeCost: 1, parallelism: 1 }),
  verify: async (hashed, password) => verify(hashed, password).catch(() => false),
};

let shared: Db | undefined;

/** The test file's database (one pool per file). */
export function testDb(): Db {
  const url = process.env.SILLAGE_TEST_DATABASE_URL;
  if (!url) throw new Error('SILLAGE_TEST_DATABASE_URL is not set: run database tests with `npm run test:db`.');
  shared ??= createDb({ connectionString: url, max: 5, onIdleError: () => undefined });
  return shared;
}

export async function closeTestDb(): Promise<void> {
  await shared?.destroy();
  shared = undefined;
}

export type TestDeps = Deps & { clock: ReturnType<typeof fixedClock>; queued: number };

export function testDeps(now = '2026-11-23T09:00:00Z'): TestDeps {
  return depsFor(testDb(), { now });
}

/** Dependencies over a given database (an end-to-end test's, for a sweep run in the test). */
export function depsFor(db: Db, options: { now?: string; publicUrl?: string } = {}): TestDeps {
  const deps: TestDeps = {
    ...ports(),
    db,
    clock: fixedClock(options.now ?? '2026-11-23T09:00:00Z'),
    hasher: testHasher,
    log: silentLogger(),
    publicUrl: options.publicUrl ?? 'http://localhost:3000',
    mailDelivery: 'outbox',
    caches: disabledCaches(),
    queued: 0,
    emailsQueued: () => {
      deps.queued++;
    },
  };
  return deps;
}
