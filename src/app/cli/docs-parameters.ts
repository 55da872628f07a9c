/**
 * Rewrites the parameter table in docs/JOURNEY.md from the table Sillage ships.
 * Usage: node --import tsx src/app/cli/docs-parameters.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DEFAULT_PARAMETER_ENTRIES } from '../../shared/parameters/default-table.ts';
import { parameterTableMarkdown } from '../../shared/parameters/markdown.ts';

export const JOURNEY_DOC = fileURLToPath(new URL('../../../docs/JOURNEY.md', import.meta.url));
const START = '<!-- parameters:start -->';
const END = '<!-- parameters:end -->';

export function withParameterTable(document: string): string {
  const start = document.indexOf(START);
  const end = document.indexOf(END);
  if (start < 0 || end < start) throw new Error(`docs/JOURNEY.md must contain ${START} … ${END}`);
  return `${document.slice(0, start + START.length)}\n${parameterTableMarkdown(DEFAULT_PARAMETER_ENTRIES)}\n${document.slice(end)}`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(JOURNEY_DOC, withParameterTable(readFileSync(JOURNEY_DOC, 'utf8')));
  console.log('docs/JOURNEY.md : table des paramètres mise à jour.');
}
