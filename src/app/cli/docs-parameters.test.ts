import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { JOURNEY_DOC, withParameterTable } from './docs-parameters.ts';

it('docs/JOURNEY.md shows the parameter table Sillage ships (run src/app/cli/docs-parameters.ts to update it)', () => {
  const document = readFileSync(JOURNEY_DOC, 'utf8');
  expect(document).toBe(withParameterTable(document));
});
