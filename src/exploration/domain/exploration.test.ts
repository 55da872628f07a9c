/** The pure rules of the exploration: the skill gap, the computed feasibility and the interview guide. */
import { describe, expect, it } from 'vitest';
import { GuideQuestionSchema } from '../contracts/schemas.ts';
import { feasibility } from './feasibility.ts';
import { interviewGuide } from './interview-guide.ts';
import { skillGap, type FicheSkill } from './skill-gaps.ts';

const FICHE: FicheSkill[] = [
  { codeOgr: '1', label: 'Accueillir le public', kind: 'savoir_faire', core: true },
  { codeOgr: '2', label: 'Gérer une caisse', kind: 'savoir_faire', core: true },
  { codeOgr: '3', label: 'Droit du commerce', kind: 'savoir', core: true },
  { codeOgr: '4', label: 'Travail d’équipe', kind: 'savoir_etre', core: false },
  { codeOgr: '5', label: 'Anglais', kind: 'savoir', core: false },
];

describe('the skill gap', () => {
  it('sorts the fiche into held, to develop and missing, by code or by folded label', () => {
    const gap = skillGap(FICHE, [
      { id: 'a', label: 'Accueil', codeOgr: '1', level: 4 },
      { id: 'b', label: 'gerer une CAISSE', codeOgr: null, level: 1 },
      { id: 'c', label: "Travail d'equipe", codeOgr: null, level: null },
    ]);
    expect(gap.held.map((h) => [h.codeOgr, h.competenceId, h.level])).toEqual([
      ['1', 'a', 4],
      ['4', 'c', null],
    ]);
    expect(gap.toDevelop.map((h) => h.codeOgr)).toEqual(['2']);
    // Only core items are listed as missing (« Anglais » is not core).
    expect(gap.missing.map((m) => m.codeOgr)).toEqual(['3']);
    expect([gap.reference, gap.coverage]).toEqual([3, 0.5]);
  });

  it('takes every item as the reference when the fiche marks none as core, and an empty portfolio misses all', () => {
    const gap = skillGap(
      FICHE.map((f) => ({ ...f, core: false })),
      [],
    );
    expect([gap.missing.length, gap.reference, gap.coverage]).toEqual([5, 5, 0]);
  });
});

describe('the feasibility', () => {
  it('waits for two things known before concluding', () => {
    expect(feasibility({ assessments: { market: 'favourable' }, coverage: null, debriefs: [] })).toMatchObject({
      level: 'a_evaluer',
      label: 'À évaluer',
    });
  });

  it('weighs the criteria, the skill gap and the debriefs, and says what counted', () => {
    const base = { assessments: { market: 'favourable', pay: 'unfavourable' } as const, coverage: 0.5 };
    expect(feasibility({ ...base, debriefs: [] }).level).toBe('moyenne');
    const strengthened = feasibility({
      ...base,
      debriefs: [
        { effect: 'strengthens', label: 'L’entretien avec Mme Roux' },
        { effect: 'strengthens', label: 'L’immersion (Atelier)' },
      ],
    });
    expect(strengthened.level).toBe('elevee');
    expect(strengthened.reasons).toEqual([
      'Ce que montre le marché du travail : favorable.',
      'Rémunération : défavorable.',
      'Compétences clés du métier acquises à 50 % : un écart à combler.',
      'L’entretien avec Mme Roux renforce la faisabilité.',
      'L’immersion (Atelier) renforce la faisabilité.',
    ]);
    expect(
      feasibility({
        assessments: { training: 'unfavourable', constraints: 'mixed' },
        coverage: 0.1,
        debriefs: [{ effect: 'weakens', label: 'La source « Salon »' }],
      }).level,
    ).toBe('faible');
  });
});

describe('the interview guide', () => {
  it('asks about the fiche’s activities (core first), work contexts and access, then the general questions', () => {
    const questions = interviewGuide({
      label: 'Libraire',
      access: ['•\tUn CAP est demandé.', 'x'.repeat(400)],
      activities: [
        { codeOgr: '9', label: 'Ranger les rayons', core: false },
        { codeOgr: '8', label: 'Conseiller les clients', core: true },
      ],
      workContexts: [{ codeOgr: '7', label: 'Travail le samedi', typeLabel: 'Horaires et durée du travail' }],
    });
    expect(questions.map((q) => q.id)).toEqual([
      'parcours-1',
      'parcours-2',
      'activites-8',
      'activites-9',
      'contextes-7',
      'acces-1',
      'acces-2',
      'acces-formation',
      'marche-1',
      'marche-2',
      'libre-1',
      'libre-2',
    ]);
    expect(questions.find((q) => q.id === 'acces-2')!.text.length).toBeLessThan(420);
    expect(questions.find((q) => q.id === 'acces-1')!.text).toContain('« Un CAP est demandé. »');
    expect(questions.every((q) => q.notes === null && q.text.length <= 500)).toBe(true);
    expect(interviewGuide(null).map((q) => q.topic)).not.toContain('activites');
    // Whatever the catalogue says, the guide can be sent back as it is.
    const long = 'y '.repeat(400);
    const heavy = interviewGuide({
      label: long,
      access: [long],
      activities: [{ codeOgr: '1', label: long, core: true }],
      workContexts: [{ codeOgr: '2', label: long, typeLabel: long }],
    });
    for (const question of [...questions, ...heavy]) expect(GuideQuestionSchema.parse(question)).toEqual(question);
  });
});
