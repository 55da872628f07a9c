import { describe, expect, it } from 'vitest';
import { blocksOf } from './LikertGrid.tsx';
import { RIASEC_DEFINITION } from '../../instruments/domain/riasec/definition.ts';
import { ENTRECOMP_DEFINITION } from '../../instruments/domain/entrecomp/grid.ts';
import type { Question } from '../contracts/schemas.ts';

const scale = (id: string, max = 5, label = 'Oui'): Question => ({
  id,
  type: 'scale',
  label: `Affirmation ${id}`,
  required: true,
  min: 1,
  max,
  anchors: [
    { value: 1, label: 'Non' },
    { value: max, label },
  ],
});
const text: Question = { id: 't', type: 'long_text', label: 'Texte', required: true, minLength: 0, maxLength: 100 };

describe('Likert grid blocks', () => {
  it('gathers a run of at least two statements on the same scale, and nothing else', () => {
    const kinds = blocksOf([scale('a'), scale('b'), text, scale('c'), scale('d', 4), scale('e', 4)]).map((b) =>
      b.kind === 'grid' ? b.questions.map((q) => q.id).join('+') : b.question.id,
    );
    expect(kinds).toEqual(['a+b', 't', 'c', 'd+e']);
  });

  it('keeps long answers and scales of many points stacked', () => {
    const long = 'Je maîtrise : je le fais dans des situations nouvelles et j’aide les autres';
    expect(blocksOf([scale('a', 5, long), scale('b', 5, long)]).map((b) => b.kind)).toEqual(['one', 'one']);
    expect(blocksOf([scale('a', 10), scale('b', 10)]).map((b) => b.kind)).toEqual(['one', 'one']);
  });

  it('shows a RIASEC page as one grid, and the EntreComp levels stacked', () => {
    expect(blocksOf(RIASEC_DEFINITION.sections[0]!.questions)).toMatchObject([{ kind: 'grid' }]);
    expect(blocksOf(ENTRECOMP_DEFINITION.sections[0]!.questions).every((b) => b.kind === 'one')).toBe(true);
  });
});
