import { describe, expect, it } from 'vitest';
import { ActionStepSchema, type ActionStepView } from '../contracts/schemas.ts';
import { groupByHorizon, progress } from '../domain/model.ts';
import { emptyStep, stepBody, stepForm } from './forms.ts';

const VIEW: ActionStepView = {
  id: '5d0c1a9e-7b3f-4c2a-8e1d-2f4a6b8c0d1e',
  position: 0,
  revision: 2,
  horizon: 'moyen',
  what: 'Suivre la formation',
  who: null,
  byWhen: '2027-09-30',
  resources: null,
  funding: 'cpf',
  status: 'en_cours',
  piste: { id: '0b9c7a52-4d1e-4f6b-9a0e-3c2d1e0f9a8b', title: 'Libraire' },
  trainingNeed: null,
  createdAt: '2026-12-01T10:00:00.000Z',
  createdBy: { id: 'x', name: 'Ana Lima', role: 'beneficiary' },
  updatedAt: '2026-12-01T10:00:00.000Z',
  updatedBy: { id: 'x', name: 'Ana Lima', role: 'beneficiary' },
};

describe('the step form', () => {
  it('goes from a view to a body the schema accepts, empty fields as none', () => {
    const body = ActionStepSchema.parse(stepBody(VIEW.id, 2, stepForm(VIEW)));
    expect(body).toMatchObject({
      horizon: 'moyen',
      who: null,
      byWhen: '2027-09-30',
      resources: null,
      funding: 'cpf',
      status: 'en_cours',
      pisteId: VIEW.piste!.id,
      trainingNeedId: null,
    });
  });

  it('refuses a step without horizon or text, in French', () => {
    const parsed = ActionStepSchema.safeParse(stepBody(VIEW.id, 0, emptyStep()));
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => [i.path[0], i.message])).toEqual([
      ['horizon', 'Choisissez l’horizon de l’étape : à court, à moyen ou à long terme.'],
      ['what', 'Décrivez l’étape : ce qui est à faire.'],
    ]);
  });

  it('groups by horizon in reading order and counts progress without abandoned steps', () => {
    const steps = [
      { ...VIEW, id: 'c', horizon: 'long' as const, position: 0, status: 'abandonnee' as const },
      { ...VIEW, id: 'b', horizon: 'court' as const, position: 2, status: 'faite' as const },
      { ...VIEW, id: 'a', horizon: 'court' as const, position: 1, status: 'a_faire' as const },
    ];
    expect(groupByHorizon(steps).map((g) => [g.label, g.steps.map((s) => s.id)])).toEqual([
      ['À court terme', ['a', 'b']],
      ['À moyen terme', []],
      ['À long terme', ['c']],
    ]);
    expect(progress(steps)).toEqual({ done: 1, total: 2 });
  });
});
