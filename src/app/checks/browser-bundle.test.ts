/**
 * The browser bundle holds no server code, directly or through re-exports: every module the web
 * entry reaches (static imports, re-exports, lazily loaded pages) is a screen, a contract, a pure
 * domain rule, the shared kernel or the browser's platform, and imports only browser packages.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importGraph } from '../../platform/web-build/import-graph.ts';
import { ROOT, WEB_ENTRY } from '../../platform/web-build/build.ts';

const SERVER = [
  /^src\/[a-z-]+\/(use-cases|data|http)\//,
  /^src\/[a-z-]+\/capability\.ts$/,
  /^src\/platform\//,
  /^src\/app\/(?!web\/)/,
  /^tests\//,
];
const BROWSER_PACKAGES = [
  'react',
  'react-dom/client',
  'react-router',
  '@tanstack/react-query',
  'react-aria-components',
  // Dates for react-aria's date fields (src/ui/DateField.tsx), installed with react-aria-components.
  '@internationalized/date',
  'lucide-react',
  'zod',
];

describe('the browser bundle', () => {
  const graph = importGraph(WEB_ENTRY);
  const files = graph.files.map((file) => path.relative(ROOT, file));

  it('reaches the pages of every capability', () => {
    expect(files).toContain('src/bilans/web/bilan-page.tsx');
    expect(files.length).toBeGreaterThan(100);
  });

  it('contains no server module', () => {
    expect(files.filter((file) => SERVER.some((pattern) => pattern.test(file)))).toEqual([]);
  });

  it('imports only browser packages', () => {
    const foreign = [...graph.packages].filter(([name]) => !BROWSER_PACKAGES.includes(name));
    expect(foreign.map(([name, importer]) => `${name} (${path.relative(ROOT, importer)})`)).toEqual([]);
  });
});
