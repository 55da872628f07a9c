import { defineConfig } from 'vitest/config';

// Three tiers, one command (`npm test` runs them all):
// - unit: pure code (domain, shared, web helpers), no I/O, milliseconds;
// - db:   services, HTTP routes and adapters against a real PostgreSQL
//         (one server per run, a migrated template database cloned per worker);
// - e2e:  Playwright journeys in Chromium against the real server, with axe-core.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          sequence: { groupOrder: 0 },
          include: ['src/**/*.test.ts', 'web/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/setup/**/*.test.ts'],
          exclude: ['**/*.db.test.ts', 'node_modules/**'],
        },
      },
      {
        test: {
          name: 'db',
          environment: 'node',
          sequence: { groupOrder: 1 },
          include: ['src/**/*.db.test.ts'],
          globalSetup: ['tests/setup/db-global-setup.ts'],
          setupFiles: ['tests/setup/db-worker-setup.ts'],
          maxWorkers: 2,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          sequence: { groupOrder: 2 },
          include: ['tests/e2e/**/*.e2e.test.ts'],
          globalSetup: ['tests/setup/e2e-global-setup.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
