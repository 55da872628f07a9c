/**
 * `npm run fuzz`: the fuzzing test (`src/app/fuzz.db.test.ts`) run long, 20,000 requests unless
 * `FUZZ_REQUESTS` says otherwise, on the database tests' PostgreSQL (`DATABASE_URL`, or the
 * embedded one). Vitest is started from here so the setting reaches its workers on every system.
 */
import { startVitest } from 'vitest/node';

process.env.FUZZ_REQUESTS ??= '20000';
process.env.FUZZ_LONG = '1';

const vitest = await startVitest('test', ['src/app/fuzz.db.test.ts'], { project: ['db'], run: true, watch: false });
await vitest.close();
process.exit(process.exitCode ?? 0);
