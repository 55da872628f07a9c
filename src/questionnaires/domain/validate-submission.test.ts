import { describe, expect, it } from 'vitest';
import { visibleQuestions } from './conditions.ts';
import { parseQuestionnaireDefinition } from './definition-schema.ts';
import { checkCanAnswer } from './guards.ts';
import { scoreKeyedScales } from './keyed-scoring.ts';
import { computeProgress } from './progress.ts';
import { validateDraft, validateSubmission } from './validate-submission.ts';

const yesNo = [
  { value: 'oui', label: 'Oui' },
  { value: 'non', label: 'Non' },
];
const likert = {
  min: 1,
  max: 5,
  anchors: [
    { value: 1, label: 'Non' },
    { value: 5, label: 'Oui' },
  ],
};

const def = parseQuestionnaireDefinition({
  id: 'essai',
  version: 2,
  kind: 'instrument',
  title: 'Essai',
  intro: 'Un questionnaire de test.',
  sections: [
    {
      id: 's1',
      title: 'Première partie',
      questions: [
        { id: 'piste', type: 'single_choice', label: 'Avez-vous une piste ?', options: yesNo },
        {
          id: 'laquelle',
          type: 'short_text',
          label: 'Laquelle ?',
          showIf: { all: [{ questionId: 'piste', operator: 'equals', value: 'oui' }] },
        },
        {
          id: 'precision',
          type: 'long_text',
          label: 'Précisez',
          showIf: { all: [{ questionId: 'laquelle', operator: 'answered' }] },
        },
        { id: 'remarque', type: 'long_text', label: 'Remarque', required: false },
      ],
    },
    {
      id: 's2',
      title: 'Items',
      questions: [
        { id: 'i1', type: 'scale', label: 'Item 1', ...likert },
        { id: 'i2', type: 'scale', label: 'Item 2', ...likert },
        { id: 'i3', type: 'scale', label: 'Item 3', ...likert },
        { id: 'i4', type: 'scale', label: 'Item 4', ...likert, required: false },
        { id: 'i5', type: 'scale', label: 'Item 5', ...likert, required: false },
      ],
    },
  ],
  scoring: {
    method: 'keyed_likert',
    scales: [
      {
        id: 'total',
        label: 'Total',
        items: [
          { questionId: 'i1' },
          { questionId: 'i2', reverse: true },
          { questionId: 'i3' },
          { questionId: 'i4' },
          { questionId: 'i5' },
        ],
      },
    ],
  },
});

const ref = { questionnaireId: 'essai', version: 2 };
const items = { i1: 4, i2: 2, i3: 5 };

describe('definitions', () => {
  it('refuses conditions that look forward and scoring keys on non-scale questions', () => {
    expect(() =>
      parseQuestionnaireDefinition({
        id: 'mauvais',
        version: 1,
        kind: 'worksheet',
        title: 'T',
        intro: 'I',
        sections: [
          {
            id: 's',
            title: 'S',
            questions: [
              { id: 'a', type: 'short_text', label: 'A', showIf: { all: [{ questionId: 'b', operator: 'answered' }] } },
              { id: 'b', type: 'short_text', label: 'B' },
            ],
          },
        ],
        scoring: { method: 'keyed_likert', scales: [{ id: 'x', label: 'X', items: [{ questionId: 'a' }] }] },
      }),
    ).toThrow(/question précédente[\s\S]*n’est pas une question à échelle/);
  });
});

describe('conditions and submission', () => {
  it('hides a question until its condition holds, and hides what depends on it', () => {
    const ids = (a: Record<string, unknown>) => visibleQuestions(def, a).map((q) => q.id);
    expect(ids({})).not.toContain('laquelle');
    expect(ids({ piste: 'oui' })).toContain('laquelle');
    expect(ids({ piste: 'oui', laquelle: 'Menuiserie' })).toContain('precision');
    // "laquelle" still holds text, but is hidden: "precision" is hidden too.
    expect(ids({ piste: 'non', laquelle: 'Menuiserie' })).not.toContain('precision');
  });

  it('needs no answer for hidden questions and drops their stale answers', () => {
    const r = validateSubmission(def, { ...ref, answers: { piste: 'non', laquelle: 'Menuiserie', ...items } });
    expect(r).toEqual({ ok: true, questionnaireId: 'essai', version: 2, answers: { piste: 'non', ...items } });
  });

  it('reports missing required answers of visible questions', () => {
    const r = validateSubmission(def, { ...ref, answers: { piste: 'oui', ...items } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => [e.code, e.questionId])).toEqual([['required', 'laquelle']]);
  });

  it('refuses unknown questions, another questionnaire and another version', () => {
    const unknown = validateSubmission(def, { ...ref, answers: { piste: 'non', ...items, pirate: 1 } });
    expect(unknown.ok ? [] : unknown.errors.map((e) => e.code)).toEqual(['unknown_question']);
    const other = validateSubmission(def, { questionnaireId: 'autre', version: 2, answers: {} });
    expect(other.ok ? [] : other.errors.map((e) => e.code)).toEqual(['questionnaire_mismatch']);
    const old = validateSubmission(def, { ...ref, version: 1, answers: {} });
    expect(old.ok ? '' : old.errors[0]?.message).toBe(
      'Ces réponses ont été données à la version 1 du questionnaire, qui est maintenant en version 2.',
    );
  });

  it('saves partial drafts but refuses inconsistent ones, keeping hidden answers', () => {
    expect(validateDraft(def, { ...ref, answers: { piste: 'non', laquelle: 'Menuiserie' } })).toMatchObject({
      ok: true,
      answers: { piste: 'non', laquelle: 'Menuiserie' },
    });
    const bad = validateDraft(def, { ...ref, answers: { i1: 7 } });
    expect(bad.ok ? [] : bad.errors.map((e) => e.code)).toEqual(['scale_out_of_range']);
  });

  it('computes progress over visible questions', () => {
    const p = computeProgress(def, { piste: 'oui', i1: 3 });
    // Visible: piste, laquelle, remarque, i1..i5 = 8; answered: piste, i1 = 2.
    expect(p).toMatchObject({
      answered: 2,
      total: 8,
      percent: 25,
      requiredTotal: 5,
      requiredAnswered: 2,
      readyToSubmit: false,
    });
    expect(p.sections).toEqual([
      { sectionId: 's1', answered: 1, total: 3 },
      { sectionId: 's2', answered: 1, total: 5 },
    ]);
  });
});

describe('keyed scoring', () => {
  it('reverses keyed items, prorates missing answers and refuses more than 20 % missing', () => {
    // i2 is reverse-keyed on 1–5: 2 → (1 + 5) − 2 = 4.
    // 4 of 5 answered (20 % missing, allowed): i1 4 + i2 4 + i3 5 + i4 1 = 14; mean 14 / 4 = 3.5; prorated 3.5 × 5 = 17.5.
    const four = scoreKeyedScales(def, { ...items, i4: 1 });
    expect(four).toEqual([
      {
        scaleId: 'total',
        label: 'Total',
        itemCount: 5,
        answered: 4,
        scored: true,
        rawSum: 14,
        mean: 3.5,
        proratedSum: 17.5,
      },
    ]);
    // 3 of 5 answered (40 % missing): not scored, and no zero is imputed.
    expect(scoreKeyedScales(def, items)[0]).toMatchObject({ scored: false, reason: 'too_many_missing', answered: 3 });
  });
});

describe('guards', () => {
  const facts = {
    assignedToRequester: true,
    withdrawn: false,
    submittedAt: null,
    assignedVersion: 2,
    answeredVersion: 2,
  };
  it('refuses an unassigned, withdrawn, already submitted or outdated questionnaire', () => {
    expect(checkCanAnswer(facts)).toEqual({ allowed: true });
    expect(checkCanAnswer({ ...facts, assignedToRequester: false })).toMatchObject({
      allowed: false,
      code: 'not_assigned',
    });
    expect(checkCanAnswer({ ...facts, withdrawn: true })).toMatchObject({ code: 'assignment_withdrawn' });
    expect(checkCanAnswer({ ...facts, bilanEnded: true })).toMatchObject({
      code: 'bilan_ended',
      message: expect.stringContaining('terminé'),
    });
    expect(checkCanAnswer({ ...facts, submittedAt: new Date('2026-03-02T10:00:00Z') })).toMatchObject({
      code: 'already_submitted',
      message: 'Vous avez déjà envoyé ce questionnaire : il ne peut plus être modifié.',
    });
    expect(checkCanAnswer({ ...facts, answeredVersion: 1 })).toMatchObject({ code: 'version_mismatch' });
  });
});
