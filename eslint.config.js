// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/** Layer rules (docs/decisions/006-layers-and-imports.md): inner layers never import outer ones. */
const layer = (/** @type {string[]} */ forbidden, /** @type {string} */ message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: forbidden, message }] }],
});

export default tseslint.config(
  { ignores: ['node_modules/**', 'web/dist/**', 'data/**', 'test-results/**', 'tmp-scratch/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
    },
  },
  {
    // Pure rules: each capability's domain and the shared kernel (decisions 006 and 021).
    files: ['src/*/domain/**/*.ts', 'src/shared/**/*.ts'],
    rules: {
      ...layer(
        [
          '**/use-cases/**',
          '**/data/**',
          '**/http/**',
          '**/platform/**',
          '**/web/**',
          '**/ui/**',
          '**/app/**',
          '**/capability.ts',
          '**/tests/support/**',
          'pg',
          'kysely',
          'node:*',
          'fs',
          'path',
          'hono',
          'hono/*',
        ],
        'Domain rules and the shared kernel are pure: no database, network, file system or outer layer.',
      ),
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Time comes in as a parameter in pure code.' },
        { object: 'process', property: 'env', message: 'No environment in pure code.' },
      ],
    },
  },
  {
    // Contracts are read by the browser: schemas, endpoints, labels, error codes, audit events.
    files: ['src/*/contracts/**/*.ts'],
    rules: layer(
      [
        '**/use-cases/**',
        '**/data/**',
        '**/http/**',
        '**/platform/**',
        '**/web/**',
        '**/ui/**',
        'pg',
        'kysely',
        'node:*',
        'hono',
        'hono/*',
      ],
      'Contracts are shared with the browser: no server code, no screens.',
    ),
  },
  {
    files: ['src/*/use-cases/**/*.ts'],
    ignores: ['src/*/use-cases/**/*.test.ts'],
    rules: layer(
      ['**/http/**', '**/web/**', '**/ui/**', '**/capability.ts', 'hono', 'hono/*'],
      'Use cases do not know about HTTP or the UI.',
    ),
  },
  {
    // Data access: repositories over the tables, below the use cases.
    files: ['src/*/data/**/*.ts'],
    rules: layer(
      ['**/use-cases/**', '**/http/**', '**/web/**', '**/ui/**', '**/capability.ts', 'hono', 'hono/*'],
      'Data access does not call use cases, HTTP or the UI.',
    ),
  },
  {
    // Infrastructure (adapters): never the capabilities' use cases, routes, jobs or screens.
    files: ['src/platform/**/*.ts'],
    ignores: ['src/platform/**/*.test.ts'],
    rules: layer(
      ['**/use-cases/**', '**/http/routes*', '**/capability.ts', '**/app/**', '**/web/**', '**/ui/**'],
      'Adapters do not import use cases, routes, jobs, the app or screens.',
    ),
  },
  {
    files: ['src/ui/**/*.{ts,tsx}', 'src/*/web/**/*.{ts,tsx}'],
    rules: layer(
      [
        '**/use-cases/**',
        '**/data/**',
        '**/http/**',
        '**/platform/**',
        '**/capability.ts',
        'pg',
        'kysely',
        'node:*',
        'hono',
        'hono/*',
      ],
      'The browser bundle imports only screens, contracts, pure domain rules, src/ui and src/shared.',
    ),
  },
  {
    // Tests import only their own side: database tests never the browser's code.
    files: ['src/**/*.db.test.ts', 'tests/support/**/*.ts'],
    rules: layer(['**/web/**', '**/ui/**'], 'Database tests and their support do not import browser code.'),
  },
);
