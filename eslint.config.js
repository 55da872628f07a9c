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
    files: ['src/domain/**/*.ts'],
    rules: {
      ...layer(
        [
          '**/services/**',
          '**/adapters/**',
          '**/http/**',
          '**/jobs/**',
          '**/web/**',
          'pg',
          'kysely',
          'node:*',
          'fs',
          'path',
          'hono',
          'hono/*',
        ],
        'src/domain is pure: no database, network, file system or outer layer.',
      ),
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Time comes in as a parameter in src/domain.' },
        { object: 'process', property: 'env', message: 'No environment in src/domain.' },
      ],
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: layer(
      ['**/services/**', '**/adapters/**', '**/http/**', '**/jobs/**', '**/web/**', 'pg', 'kysely', 'node:*'],
      'src/shared is imported by the browser: no server code.',
    ),
  },
  {
    files: ['src/services/**/*.ts'],
    ignores: ['src/services/**/*.test.ts'],
    rules: layer(
      ['**/http/**', '**/jobs/**', '**/web/**', 'hono', 'hono/*'],
      'Services do not know about HTTP, jobs or the UI.',
    ),
  },
  {
    files: ['web/**/*.{ts,tsx}'],
    rules: layer(
      ['**/services/**', '**/adapters/**', '**/http/**', '**/jobs/**', '**/domain/**', 'pg', 'kysely', 'node:*'],
      'The browser bundle imports only src/shared and web/.',
    ),
  },
);
