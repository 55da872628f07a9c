import { describe, expect, it } from 'vitest';
import { HISTOIRE_PROFESSIONNELLE } from '../../worksheets/domain/models/histoire-professionnelle.ts';
import { parseQuestionnaireDefinition } from '../../questionnaires/domain/definition-schema.ts';
import { careerHistoryCandidates, isCareerHistory } from './career-history.ts';
import { periodFr } from './portfolio-pdf.ts';

const definition = parseQuestionnaireDefinition(HISTOIRE_PROFESSIONNELLE);
const candidates = (parcours: unknown, def = definition) =>
  careerHistoryCandidates({ id: 'a1', definition: def, answers: { parcours } }, '2026-11-23');

describe('the career-history worksheet as candidate experiences', () => {
  it('knows the model and the copies made of it, nothing else', () => {
    expect(isCareerHistory('histoire-professionnelle')).toBe(true);
    expect(isCareerHistory('histoire-professionnelle-0a1b2c3d')).toBe(true);
    expect(isCareerHistory('sens-du-travail')).toBe(false);
    expect(isCareerHistory('histoire-professionnelle-autre')).toBe(false);
  });

  it('keeps a period’s key when other periods are added before it, and tells equal periods apart', () => {
    const alone = candidates([{ debut: 2015, activite: 'Comptable' }]);
    const more = candidates([
      { debut: 2010, activite: 'Vendeuse' },
      { debut: 2015, activite: 'comptable ', cadre: 'Cabinet' },
      { debut: 2015, activite: 'Comptable' },
    ]);
    expect(more[1]!.key).toBe(alone[0]!.key);
    expect(new Set(more.map((c) => c.key)).size).toBe(3);
    expect(more[0]!.key).toMatch(/^a1:[0-9a-f]{8}:0$/);
  });

  it('guesses the kind from the words, skips empty rows and reads how a period was lived as its satisfaction', () => {
    const found = candidates([
      { debut: 2005, fin: 2007, activite: 'Licence de droit', cadre: 'Université Lyon 3', vecu: 4 },
      { debut: 2008, activite: 'Animatrice', cadre: 'Association de quartier', vecu: 5 },
      { debut: 2012, activite: 'Congé parental' },
      { debut: 2014, activite: 'Technicienne de maintenance', vecu: 1 },
      {},
      'pas une ligne',
    ]);
    expect(found.map((c) => [c.suggestedKind, c.satisfaction])).toEqual([
      ['training', 4],
      ['volunteer', 5],
      ['personal', null],
      ['professional', 1],
    ]);
    // A copy whose scale is not 1 to 5: no satisfaction read from it.
    const copy = parseQuestionnaireDefinition({
      ...HISTOIRE_PROFESSIONNELLE,
      sections: HISTOIRE_PROFESSIONNELLE.sections.map((s) =>
        s.id !== 'periodes'
          ? s
          : {
              ...s,
              questions: s.questions.map((q) =>
                q.type !== 'table'
                  ? q
                  : {
                      ...q,
                      columns: q.columns.map((c) =>
                        c.id === 'vecu' && c.type === 'scale'
                          ? {
                              ...c,
                              max: 3,
                              anchors: [
                                { value: 1, label: 'Mal' },
                                { value: 3, label: 'Bien' },
                              ],
                            }
                          : c,
                      ),
                    },
              ),
            },
      ),
    });
    expect(candidates([{ debut: 2014, activite: 'Technicienne', vecu: 3 }], copy)[0]!.satisfaction).toBeNull();
  });

  it('says a period in French words', () => {
    expect(periodFr('2015-09-01', '2019-06-30')).toBe('De septembre 2015 à juin 2019');
    expect(periodFr('2021-03-01', null)).toBe('Depuis mars 2021');
    expect(periodFr('2021-08-01', '2021-08-31')).toBe('Août 2021');
  });
});
