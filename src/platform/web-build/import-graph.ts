/**
 * The modules a bundle is made of: every file reached from an entry through static imports,
 * re-exports and dynamic `import()` (relative specifiers only; packages are named, not followed).
 * Used to rebuild the web interface only when one of its own files changed, and by the test that
 * keeps server code out of the browser bundle.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const SPECIFIER = /(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+)(['"])([^'"\n]+)\1/g;

export interface ImportGraph {
  /** Absolute paths of the project's files in the graph (the entry included). */
  files: string[];
  /** Bare specifiers (packages, `node:` builtins) imported by those files, with one importer each. */
  packages: Map<string, string>;
}

export function importGraph(entry: string): ImportGraph {
  const files = new Set<string>();
  const packages = new Map<string, string>();
  const pending = [path.resolve(entry)];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    if (!/\.(tsx?|mts|js|mjs)$/.test(file)) continue;
    const text = readFileSync(file, 'utf8').replace(/^\s*(\/\/.*|\*.*|\/\*.*)$/gm, '');
    for (const match of text.matchAll(SPECIFIER)) {
      const specifier = match[2]!;
      if (specifier.startsWith('.')) {
        const target = path.resolve(path.dirname(file), specifier);
        if (existsSync(target)) pending.push(target);
      } else if (!packages.has(specifier)) {
        packages.set(specifier, file);
      }
    }
  }
  return { files: [...files].sort(), packages };
}
