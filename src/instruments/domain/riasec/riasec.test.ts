import { describe, expect, it } from 'vitest';
import { validateSubmission } from '../../../questionnaires/domain/validate-submission.ts';
import { InstrumentSourceSchema } from '../provenance.ts';
import { brownGoreC, hexagonDistance, iachanM, iachanTwoLetter } from './congruence.ts';
import { RIASEC_DEFINITION, riasecQuestionId } from './definition.ts';
import { RIASEC_ITEMS, RIASEC_LETTERS, RIASEC_SOURCE, type RiasecLetter } from './items.ts';
import { riasecReport } from './report.ts';
import { hollandCode, romeMatch, scoreRiasec } from './scoring.ts';

/** Answers giving each type the listed 8 values (items 1 to 8 in source order). */
function answersFor(values: Partial<Record<RiasecLetter, (number | undefined)[]>>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [letter, list] of Object.entries(values)) {
    list?.forEach((v, i) => {
      if (v !== undefined) out[riasecQuestionId(`${letter}${i + 1}`)] = v;
    });
  }
  return out;
}
const all = (v: number) => Array<number>(8).fill(v);

// The worked profile used below: R 8×2 = 16; I 8×3 = 24; A 7×4 + 5 = 33; S 8×4 = 32;
// E 7×3 + 2 = 23; C 8×1 = 8.
const profile = answersFor({
  R: all(2),
  I: all(3),
  A: [4, 4, 4, 4, 4, 4, 4, 5],
  S: all(4),
  E: [3, 3, 3, 3, 3, 3, 3, 2],
  C: all(1),
});

describe('RIASEC item file', () => {
  it('states source, licence and version, and holds 48 items, 8 per type, with source ids', () => {
    expect(InstrumentSourceSchema.parse(RIASEC_SOURCE)).toBeTruthy();
    expect(RIASEC_SOURCE.source.licence).toMatch(/domaine public/);
    expect(RIASEC_ITEMS).toHaveLength(48);
    expect(RIASEC_SOURCE.itemCount).toBe(48);
    for (const l of RIASEC_LETTERS) {
      expect(RIASEC_ITEMS.filter((i) => i.letter === l).map((i) => i.sourceId)).toEqual(
        [1, 2, 3, 4, 5, 6, 7, 8].map((k) => `${l}${k}`),
      );
    }
    expect(new Set(RIASEC_ITEMS.map((i) => i.textFr)).size).toBe(48);
    expect(RIASEC_DEFINITION.sections.flatMap((s) => s.questions)).toHaveLength(48);
  });

  it('refuses an answer outside the 1–5 scale', () => {
    const r = validateSubmission(RIASEC_DEFINITION, {
      questionnaireId: 'riasec-iip',
      version: 1,
      answers: { ...profile, r1: 6 },
    });
    expect(r.ok ? [] : r.errors.map((e) => [e.code, e.questionId])).toEqual([['scale_out_of_range', 'r1']]);
  });
});

describe('RIASEC scoring', () => {
  it('sums each type, then groups near-ties (≤ 1 point) into interchangeable letters', () => {
    const r = scoreRiasec(profile);
    expect(r.status).toBe('scored');
    if (r.status !== 'scored') return;
    expect(r.scores).toEqual({ R: 16, I: 24, A: 33, S: 32, E: 23, C: 8 });
    // Sorted: A 33, S 32 (|33 − 32| = 1 ≤ 1: tie), I 24 (32 − 24 = 8: new group), E 23 (tie with I).
    expect(r.code.display).toBe('A/S I/E');
    expect(r.code.twoLetterCodes).toEqual([
      ['A', 'S'],
      ['S', 'A'],
    ]);
    expect(r.code.threeLetterCodes.map((c) => c.join(''))).toEqual(['ASI', 'ASE', 'SAI', 'SAE']);
    // Differentiation = 33 − (32 + 23) / 2 = 5.5. Consistency: A and S are adjacent (distance 1).
    expect(r.flags).toEqual({
      flatLowProfile: false,
      differentiation: 5.5,
      lowDifferentiation: false,
      consistency: { distance: 1, level: 'élevée' },
      consistencyDependsOnTies: false,
    });
  });

  it('without a tie threshold, the same profile gives a plain code', () => {
    expect(hollandCode({ R: 16, I: 24, A: 33, S: 32, E: 23, C: 8 }, 0).display).toBe('A S I');
  });

  it('chains near-ties and shows the group that straddles the third position', () => {
    // S 30, E 29, C 28: 30−29 = 1 and 29−28 = 1, so S/E/C is one group although |30−28| = 2.
    expect(hollandCode({ R: 10, I: 12, A: 20, S: 30, E: 29, C: 28 }).display).toBe('S/E/C');
    // S 35, A 30, E 25, C 24: the third place is E or C.
    expect(hollandCode({ R: 10, I: 12, A: 30, S: 35, E: 25, C: 24 }).display).toBe('S A E/C');
  });

  it('prorates one missing item and refuses two (more than 20 % of 8)', () => {
    const oneMissing = answersFor({
      R: [2, 2, 2, 2, 2, 2, 2, undefined],
      I: all(3),
      A: all(3),
      S: all(3),
      E: all(3),
      C: all(3),
    });
    const r = scoreRiasec(oneMissing);
    // R: 7 answers of 2, mean 2, prorated 2 × 8 = 16.
    expect(r.status === 'scored' && r.scores.R).toBe(16);
    expect(r.status === 'scored' && r.answeredPerType.R).toBe(7);
    const twoMissing = answersFor({ R: [2, 2, 2, 2, 2, 2], I: all(3), A: all(3), S: all(3), E: all(3), C: all(3) });
    expect(scoreRiasec(twoMissing)).toEqual({ status: 'incomplete', missingTypes: ['R'] });
  });

  it('flags a flat low profile and a low differentiation', () => {
    const r = scoreRiasec(answersFor({ R: all(2), I: all(2), A: all(2), S: all(2), E: all(2), C: all(2) }));
    expect(r.status === 'scored' && r.flags).toMatchObject({
      flatLowProfile: true,
      differentiation: 0,
      lowDifferentiation: true,
    });
    expect(r.status === 'scored' && r.code.display).toBe('R/I/A/S/E/C');
  });
});

describe('congruence indices', () => {
  it('measures hexagon distances in R-I-A-S-E-C order', () => {
    expect([
      hexagonDistance('R', 'I'),
      hexagonDistance('R', 'A'),
      hexagonDistance('R', 'S'),
      hexagonDistance('R', 'C'),
    ]).toEqual([1, 2, 3, 1]);
  });

  it('computes the Iachan two-letter index with weights [[5,2],[2,1]]', () => {
    expect(iachanTwoLetter(['S', 'A'], ['S', 'A'])).toBe(6); // 5 + 1
    expect(iachanTwoLetter(['S', 'A'], ['A', 'S'])).toBe(4); // S = env 2nd: 2; A = env 1st: 2
    expect(iachanTwoLetter(['S', 'A'], ['S', 'E'])).toBe(5); // first letters match: 5
    expect(iachanTwoLetter(['S', 'A'], ['E', 'S'])).toBe(2); // person 1st = env 2nd: 2
    expect(iachanTwoLetter(['S', 'A'], ['E', 'A'])).toBe(1); // second letters match: 1
    expect(iachanTwoLetter(['S', 'A'], ['R', 'C'])).toBe(0);
    expect(iachanTwoLetter(['S', 'A'], ['S', 'S'])).toBe(5); // ROME majeur = mineur: single letter S
    expect(iachanTwoLetter(['S', 'A'], ['A', 'A'])).toBe(2); // single letter A = person's 2nd
  });

  it('computes the Iachan M index on three letters with weights [[22,10,4],[10,5,2],[4,2,1]]', () => {
    expect(iachanM(['S', 'A', 'E'], ['S', 'A', 'E'])).toBe(28); // 22 + 5 + 1
    expect(iachanM(['S', 'A', 'E'], ['A', 'S', 'E'])).toBe(21); // 10 + 10 + 1
    expect(iachanM(['S', 'A', 'E'], ['E', 'S', 'A'])).toBe(16); // S→2nd 10, A→3rd 2, E→1st 4
    expect(iachanM(['S', 'A', 'E'], ['R', 'I', 'C'])).toBe(0);
  });

  it('computes the Brown–Gore C index 3·X1 + 2·X2 + X3', () => {
    expect(brownGoreC(['S', 'A', 'E'], ['S', 'A', 'E'])).toBe(18); // 3·3 + 2·3 + 3
    expect(brownGoreC(['R', 'I', 'A'], ['S', 'E', 'C'])).toBe(0); // three opposite pairs
    expect(brownGoreC(['S', 'E', 'A'], ['S', 'A', 'E'])).toBe(12); // 3·3 + 2·1 (E–A alternate) + 1 (A–E alternate)
    expect(brownGoreC(['R', 'I', 'A'], ['I', 'R', 'A'])).toBe(13); // 3·2 + 2·2 + 3
  });

  it('averages Iachan over tie orderings and breaks ties with within-person z-scores', () => {
    const r = scoreRiasec(profile);
    if (r.status !== 'scored') throw new Error('scored expected');
    // Person A/S: AS vs SA = 2 + 2 = 4; SA vs SA = 6; mean 5.
    const m = romeMatch(r.scores, r.code, { majeur: 'S', mineur: 'A' });
    expect(m.iachan).toBe(5);
    // Mean of the six sums = 136 / 6 = 22.667; SD (population) = √(455.333 / 6) = 8.711;
    // z(S) = 9.333 / 8.711 = 1.071; z(A) = 10.333 / 8.711 = 1.186; 2·1.071 + 1.186 = 3.329.
    expect(m.tieBreaker).toBeCloseTo(3.329, 2);
  });
});

describe('RIASEC report', () => {
  const context = { audience: 'beneficiaire' as const, date: '2026-03-02' };
  it('shows the six scores as a data table, the code with them, and no verdict', () => {
    const r = scoreRiasec(profile);
    const report = riasecReport(r, context);
    expect(report.dataTable?.rows).toHaveLength(6);
    expect(report.dataTable?.rows[2]).toEqual({
      type: 'Artistique (A)',
      score: '33 sur 40',
      moyenne: '4,1 sur 5',
      lecture: 'vous attire nettement',
    });
    expect(report.summary.join(' ')).toContain('A/S I/E');
    expect(report.discussion.heading).toBe('À discuter avec votre consultant·e');
    expect(report.provenance.join(' ')).toContain('domaine public');
    expect(report.provenance).toContain('Réponses du 02/03/2026');
    expect(report.consultantNotes).toEqual([]);
    expect(JSON.stringify(report)).not.toMatch(/à éviter|vous êtes un/i);
    expect(riasecReport(r, { ...context, audience: 'consultant' }).consultantNotes.join(' ')).toContain(
      'Différenciation',
    );
  });
});
