/**
 * docs/ARCHITECTURE.md and the tree agree: every source path it names exists, and every folder
 * of `src/` (capabilities and the app, platform, shared and ui around them) is named in it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const DOC = readFileSync(path.join(ROOT, 'docs/ARCHITECTURE.md'), 'utf8');

describe('docs/ARCHITECTURE.md', () => {
  it('names only paths that exist', () => {
    const named = [...DOC.matchAll(/`(src\/[^`\s]+)`/g)].map((m) => m[1]!.replace(/\/$/, ''));
    expect(named.length).toBeGreaterThan(10);
    expect(named.filter((p) => !existsSync(path.join(ROOT, p)))).toEqual([]);
  });

  it('names every folder of src', () => {
    const folders = readdirSync(path.join(ROOT, 'src')).filter((n) =>
      statSync(path.join(ROOT, 'src', n)).isDirectory(),
    );
    const picture = DOC.slice(DOC.indexOf('```'), DOC.indexOf('```', DOC.indexOf('```') + 3));
    expect(folders.filter((f) => !new RegExp(`(^|[\\s·/])${f}([\\s·/]|$)`, 'm').test(picture))).toEqual([]);
  });
});
