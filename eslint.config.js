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
    // Pure rules: each capability's domain and the shared kernel (docs/decisions/006-layers-and-imports.md).
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
    files: ['src/*/use-cases/**/*.ts'],
    ignores: ['src/*/use-cases/**/*.test.ts'],
    rules: layer(
      ['**/http/**', '**/web/**', '**/ui/**', 'hono', 'hono/*'],
      'Use cases do not know about HTTP or the UI.',
    ),
  },
  {
    files: ['src/ui/**/*.{ts,tsx}', 'src/*/web/**/*.{ts,tsx}'],
    rules: layer(
      ['**/use-cases/**', '**/data/**', '**/http/**', '**/platform/**', 'pg', 'kysely', 'node:*'],
      'The browser bundle imports only screens, contracts, pure domain rules, src/ui and src/shared.',
    ),
  },
);
