import { describe, expect, it } from 'vitest';
import { visibleQuestions } from '../../../questionnaires/domain/conditions.ts';
import { QuestionnaireDefinitionSchema, allQuestions } from '../../../questionnaires/domain/definition-schema.ts';
import { computeProgress } from '../../../questionnaires/domain/progress.ts';
import { validateSubmission } from '../../../questionnaires/domain/validate-submission.ts';
import { ACTIVITE_IDEALE } from './activite-ideale.ts';
import { ATTENTES } from './attentes.ts';
import { BESOINS_MOTIVATIONS } from './besoins-motivations.ts';
import { CRITERES } from './criteres.ts';
import { HISTOIRE_PROFESSIONNELLE } from './histoire-professionnelle.ts';
import { SENS_DU_TRAVAIL } from './sens-du-travail.ts';
import { WORKSHEET_MODELS, getWorksheetModel } from './index.ts';

describe('worksheet models', () => {
  it('each model is a valid definition of the engine', () => {
    for (const model of [
      ATTENTES,
      HISTOIRE_PROFESSIONNELLE,
      SENS_DU_TRAVAIL,
      ACTIVITE_IDEALE,
      CRITERES,
      BESOINS_MOTIVATIONS,
    ]) {
      const parsed = QuestionnaireDefinitionSchema.safeParse(model);
      expect(parsed.success, `${model.id}: ${parsed.error?.message ?? ''}`).toBe(true);
    }
    expect(WORKSHEET_MODELS.map((m) => m.id)).toEqual([
      'attentes-du-bilan',
      'histoire-professionnelle',
      'sens-du-travail',
      'activite-ideale',
      'criteres-et-concessions',
      'besoins-et-motivations',
    ]);
    for (const m of WORKSHEET_MODELS) expect(m.kind).toBe('worksheet');
  });

  it('uses every question type of the engine across the models', () => {
    const types = new Set(WORKSHEET_MODELS.flatMap((m) => allQuestions(m).map((q) => q.type)));
    expect([...types].sort()).toEqual([
      'card_sort',
      'long_text',
      'multiple_choice',
      'ranking',
      'scale',
      'short_text',
      'single_choice',
      'table',
    ]);
  });

  it('shows follow-up questions only when their condition holds', () => {
    const model = getWorksheetModel('besoins-et-motivations');
    if (!model) throw new Error('model missing');
    const ids = (answers: Record<string, unknown>) => visibleQuestions(model, answers).map((q) => q.id);
    expect(ids({ 'motivation-actuelle': 4 })).not.toContain('motivation-baisse');
    expect(ids({ 'motivation-actuelle': 2 })).toContain('motivation-baisse');
    const attentes = getWorksheetModel('attentes-du-bilan');
    if (!attentes) throw new Error('model missing');
    expect(visibleQuestions(attentes, { piste: 'vague' }).map((q) => q.id)).toContain('pistes-detail');
    expect(visibleQuestions(attentes, { piste: 'non' }).map((q) => q.id)).not.toContain('pistes-detail');
  });

  it('accepts a complete submission of the expectations worksheet and tracks progress', () => {
    const model = getWorksheetModel('attentes-du-bilan');
    if (!model) throw new Error('model missing');
    const answers = {
      declencheur: 'Mon poste va être supprimé et je veux choisir la suite.',
      situation: 'salarie',
      objectifs: ['reconversion', 'competences'],
      piste: 'non',
      clarte: 2,
      utilite: 'Savoir vers quel métier me former.',
    };
    expect(computeProgress(model, answers)).toMatchObject({ answered: 6, total: 8, readyToSubmit: true });
    expect(validateSubmission(model, { questionnaireId: model.id, version: 1, answers })).toMatchObject({ ok: true });
    const tooMany = validateSubmission(model, {
      questionnaireId: model.id,
      version: 1,
      answers: { ...answers, objectifs: ['reconversion', 'competences', 'formation', 'creer'] },
    });
    expect(tooMany.ok ? '' : tooMany.errors[0]?.message).toBe('Choisissez au plus 3 propositions.');
  });
});
