import { describe, expect, it } from 'vitest';
import { validateSubmission } from '../../../questionnaires/domain/validate-submission.ts';
import { InstrumentSourceSchema } from '../provenance.ts';
import { COMPETENCES, ENTRECOMP_DEFINITION, ENTRECOMP_SOURCE, levelId, readinessId } from './grid.ts';
import { entreCompReport, scoreEntreComp } from './scoring.ts';

describe('EntreComp grid', () => {
  it('holds the 15 competences (3 areas × 5) with their source ids, source and licence', () => {
    expect(InstrumentSourceSchema.parse(ENTRECOMP_SOURCE).itemCount).toBe(15);
    expect(COMPETENCES.map((c) => c.sourceId)).toEqual([
      '1.1',
      '1.2',
      '1.3',
      '1.4',
      '1.5',
      '2.1',
      '2.2',
      '2.3',
      '2.4',
      '2.5',
      '3.1',
      '3.2',
      '3.3',
      '3.4',
      '3.5',
    ]);
    expect(ENTRECOMP_DEFINITION.sections.slice(0, 3).map((s) => s.questions.length)).toEqual([5, 5, 5]);
  });

  it('scores levels and area means, and lists readiness points to work on', () => {
    // Competence i (0–14) gets level (i mod 4) + 1: 1, 2, 3, 4, 1, 2, 3, 4, 1, 2, 3, 4, 1, 2, 3.
    const answers: Record<string, unknown> = Object.fromEntries(
      COMPETENCES.map((c, i) => [levelId(c.id), (i % 4) + 1]),
    );
    delete answers[levelId('vision')];
    Object.assign(answers, { [readinessId('finances')]: 'non', [readinessId('reseau')]: 'oui' });
    expect(validateSubmission(ENTRECOMP_DEFINITION, { questionnaireId: 'entrecomp', version: 1, answers }).ok).toBe(
      false,
    );
    const r = scoreEntreComp(answers);
    // Level 1 (to develop): competences 0, 4, 8, 12.
    // Idées: levels 1, 2, (vision missing), 4, 1 → 4 rated, mean 8 / 4 = 2.
    expect(r.areas[0]).toEqual({ area: 'idees', name: 'Idées et opportunités', rated: 4, mean: 2 });
    // Ressources: 2, 3, 4, 1, 2 → 12 / 5 = 2.4.
    expect(r.areas[1]?.mean).toBeCloseTo(2.4, 10);
    expect(r.toDevelop).toEqual([
      'Repérer des opportunités',
      'Pensée éthique et durable',
      'Culture financière et économique',
      'Faire face à l’incertitude et au risque',
    ]);
    expect(r.readinessToWork).toHaveLength(1);
    const report = entreCompReport(r, { audience: 'beneficiaire', date: '2026-03-02' });
    expect(report.dataTable?.rows[2]).toEqual({
      domaine: 'Idées et opportunités',
      competence: 'Vision',
      niveau: 'non renseigné',
    });
    expect(JSON.stringify(report)).not.toMatch(/profil d’entrepreneur|vous êtes un/i);
  });
});
