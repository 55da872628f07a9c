import { describe, expect, it } from 'vitest';
import { EnqueteSchema, PisteSchema } from '../contracts/schemas.ts';
import type { PisteView } from '../contracts/schemas.ts';
import { chartPlacement } from './chart-data.ts';
import { basisText, groupSuggestions } from './suggestion-text.ts';
import { EMPTY_ENQUETE, EMPTY_PISTE, enqueteBody, freeQuestionId, pisteBody } from './forms.ts';

const ID = '0a8f3c9e-2d1b-4c5a-9e7f-1b2c3d4e5f60';
const PISTE = '1b8f3c9e-2d1b-4c5a-9e7f-1b2c3d4e5f61';

describe('the piste form', () => {
  it('sends the job of its kind only, and a reason only when écartée', () => {
    const body = pisteBody(ID, 3, {
      ...EMPTY_PISTE,
      kind: 'free_project',
      codeRome: 'M1607',
      title: 'Ouvrir une librairie',
      desire: '4',
      statusReason: 'Plus d’actualité',
      criteria: { ...EMPTY_PISTE.criteria, pay: { assessment: 'mixed', note: 'Moins qu’aujourd’hui' } },
    });
    expect(body.codeRome).toBeNull();
    expect(body.statusReason).toBeNull();
    expect(body.desire).toBe(4);
    const parsed = PisteSchema.parse(body);
    expect(parsed.criteria.pay).toEqual({ assessment: 'mixed', note: 'Moins qu’aujourd’hui' });
    expect(parsed.criteria.market).toEqual({ assessment: null, note: null });
  });

  it('is refused by the schema when écartée without a reason', () => {
    const result = PisteSchema.safeParse(
      pisteBody(ID, 0, { ...EMPTY_PISTE, kind: 'free_project', title: 'Boulangerie', status: 'ecartee' }),
    );
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['statusReason']);
  });
});

describe('the enquête form', () => {
  it('sends only the fields of its kind, and the guide only for an interview', () => {
    const form = {
      ...EMPTY_ENQUETE,
      contactName: 'Jeanne',
      place: 'Boulangerie Martin',
      sourceTitle: 'Une fiche',
      questions: [{ id: freeQuestionId(() => 0.5), topic: 'libre' as const, text: 'Une journée type ?', notes: '' }],
    };
    const immersion = enqueteBody(ID, 0, PISTE, { ...form, kind: 'immersion' });
    expect(immersion).toMatchObject({ place: 'Boulangerie Martin', sourceTitle: null, plannedOn: null });
    expect('questions' in immersion).toBe(false);
    const interview = EnqueteSchema.parse(enqueteBody(ID, 0, PISTE, { ...form, kind: 'interview' }));
    expect(interview.place).toBeNull();
    expect(interview.questions).toEqual([
      { id: form.questions[0]!.id, topic: 'libre', text: 'Une journée type ?', notes: null },
    ]);
  });

  it('gives added questions ids the schema accepts', () => {
    for (const r of [0, 0.999999, 0.123]) expect(freeQuestionId(() => r)).toMatch(/^libre-[a-z0-9]{8}$/);
  });
});

describe('the desire × feasibility chart', () => {
  const piste = (
    title: string,
    desire: number | null,
    level: PisteView['feasibility']['level'],
    status = 'a_explorer',
  ) =>
    ({
      id: title,
      title,
      desire,
      status,
      feasibility: {
        level,
        label: { a_evaluer: 'À évaluer', faible: 'Faible', moyenne: 'Moyenne', elevee: 'Élevée' }[level],
        reasons: [],
      },
    }) as Pick<PisteView, 'id' | 'title' | 'desire' | 'feasibility' | 'status'>;

  it('places what is known, spreads a shared cell, and says why the others are not placed', () => {
    const { placed, unplaced, description } = chartPlacement([
      piste('Boulanger', 4, 'elevee'),
      piste('Pâtissier', 4, 'elevee'),
      piste('Libraire', null, 'moyenne'),
      piste('Fleuriste', 2, 'a_evaluer'),
      piste('Cuisinier', 5, 'faible', 'ecartee'),
    ]);
    expect(placed.map((p) => [p.number, p.desire, p.row])).toEqual([
      [1, 4, 3],
      [2, 4, 3],
    ]);
    expect(placed[0]!.offset).not.toBe(placed[1]!.offset);
    expect(unplaced.map((p) => p.where)).toEqual([
      'Non placée : envie pas encore dite',
      'Non placée : faisabilité à évaluer',
      'Non placée : piste écartée',
    ]);
    expect(description).toBe(
      'Piste 1, Boulanger : envie 4 sur 5, faisabilité élevée. Piste 2, Pâtissier : envie 4 sur 5, faisabilité élevée.',
    );
  });
});

describe('the suggestions’ words', () => {
  const suggestion = (codeRome: string, groupLabel: string) =>
    ({ codeRome, groupLabel }) as Parameters<typeof groupSuggestions>[0][number];

  it('keeps the engine’s order, within and between groups', () => {
    const groups = groupSuggestions([
      suggestion('D1101', 'Proche de ce que vous faites'),
      suggestion('G1602', 'Évolution'),
      suggestion('D1104', 'Proche de ce que vous faites'),
    ]);
    expect(groups.map((g) => [g.label, g.items.map((s) => s.codeRome)])).toEqual([
      ['Proche de ce que vous faites', ['D1101', 'D1104']],
      ['Évolution', ['G1602']],
    ]);
  });

  it('says what they were computed from, in French', () => {
    expect(basisText({ competences: 12, riasec: 'S/A E', jobsHeld: 2, wishes: 1, riasecNote: null })).toBe(
      '12 compétences du portefeuille, le profil d’intérêts S/A E, 2 emplois occupés et 1 piste très désirée',
    );
    expect(basisText({ competences: 1, riasec: null, jobsHeld: 0, wishes: 0, riasecNote: null })).toBe(
      '1 compétence du portefeuille et 0 emploi occupé',
    );
  });
});
