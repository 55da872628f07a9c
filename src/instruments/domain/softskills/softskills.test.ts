import { describe, expect, it } from 'vitest';
import { validateSubmission } from '../../../questionnaires/domain/validate-submission.ts';
import { InstrumentSourceSchema } from '../provenance.ts';
import { RESPONDENT_DEFINITION, SELF_DEFINITION, exampleId, otherRatingId, selfRatingId } from './definitions.ts';
import { aggregate360, checkRespondentLink, respondentInvitation, type RespondentSubmission } from './feedback360.ts';
import { scoreSoftSkillsSelf, selfRatingMap, softSkillsReport } from './report.ts';
import { SOFT_SKILLS, SOFT_SKILLS_SOURCE } from './skills.ts';

const rate = (value: number) => Object.fromEntries(SOFT_SKILLS.map((s) => [s.id, value]));
const sub = (
  respondentId: string,
  relation: RespondentSubmission['relation'],
  ratings: Record<string, number>,
  appreciate?: string,
): RespondentSubmission => ({
  respondentId,
  relation,
  ratings,
  appreciate,
});

describe('soft skills item file', () => {
  it('lists the 14 savoir-être of France Travail with source and licence', () => {
    expect(InstrumentSourceSchema.parse(SOFT_SKILLS_SOURCE).itemCount).toBe(14);
    expect(SOFT_SKILLS.map((s) => s.name)).toEqual([
      'Capacité d’adaptation',
      'Gestion du stress',
      'Sens de l’organisation',
      'Rigueur',
      'Travail en équipe',
      'Capacité à fédérer',
      'Force de proposition',
      'Curiosité',
      'Sens de la communication',
      'Persévérance',
      'Autonomie',
      'Capacité de décision',
      'Prise de recul',
      'Réactivité',
    ]);
  });

  it('asks a rating and a concrete example for each, and refuses a rating outside 1–4', () => {
    expect(SELF_DEFINITION.sections).toHaveLength(14);
    const answers: Record<string, unknown> = {};
    for (const s of SOFT_SKILLS)
      Object.assign(answers, { [selfRatingId(s.id)]: 3, [exampleId(s.id)]: 'Lors du déménagement du service, j’ai…' });
    expect(validateSubmission(SELF_DEFINITION, { questionnaireId: 'savoir-etre', version: 1, answers }).ok).toBe(true);
    const missingExample = { ...answers, [exampleId('rigueur')]: '' };
    const r = validateSubmission(SELF_DEFINITION, {
      questionnaireId: 'savoir-etre',
      version: 1,
      answers: { ...missingExample, [selfRatingId('stress')]: 5 },
    });
    expect(r.ok ? [] : r.errors.map((e) => [e.code, e.questionId])).toEqual([
      ['scale_out_of_range', 'note-stress'],
      ['required', 'exemple-rigueur'],
    ]);
  });

  it('lets a respondent leave a behaviour blank when not observed', () => {
    const r = validateSubmission(RESPONDENT_DEFINITION, {
      questionnaireId: 'savoir-etre-regard',
      version: 1,
      answers: { relation: 'collegue', [otherRatingId('rigueur')]: 4 },
    });
    expect(r.ok).toBe(true);
  });
});

describe('360° aggregation', () => {
  it('returns nothing until three people have answered', () => {
    const two = [sub('a', 'collegue', rate(3), 'Très fiable'), sub('b', 'manager', rate(4))];
    expect(aggregate360(two)).toEqual({ status: 'insufficient', received: 2, required: 3 });
  });

  it('refuses the same respondent twice', () => {
    expect(
      aggregate360([sub('a', 'collegue', rate(3)), sub('a', 'collegue', rate(4)), sub('b', 'proche', rate(2))]),
    ).toEqual({ status: 'invalid', code: 'duplicate_respondent' });
  });

  it('aggregates means, spreads and self–other gaps without individual answers (hand-worked)', () => {
    const subs = [
      sub('a', 'collegue', { ...rate(3), rigueur: 4, stress: 2 }, 'Toujours disponible'),
      sub('b', 'collegue', { ...rate(3), rigueur: 4, stress: 1 }, 'A le sens du détail'),
      sub('c', 'manager', { ...rate(3), rigueur: 3 }, '  '),
      sub('d', 'proche', { adaptation: 4 }),
    ];
    const r = aggregate360(subs, { ...rate(3), rigueur: 2, stress: 4 });
    if (r.status !== 'ready') throw new Error('ready expected');
    expect(r.respondents).toBe(4);
    const skill = (id: string) => r.skills.find((s) => s.skillId === id);
    // Rigueur: 4, 4, 3 → mean 11 / 3 = 3.67 → 3.7; spread 4 − 3 = 1: convergent; self 2 → gap 2 − 3.7 = −1.7: force cachée.
    expect(skill('rigueur')).toMatchObject({
      raters: 3,
      othersMean: 3.7,
      spread: 'convergent',
      gap: -1.7,
      reading: 'force cachée',
    });
    // Stress: 2, 1, 3 → mean 2; spread 2: partagé; self 4 → gap +2: angle mort.
    expect(skill('stress')).toMatchObject({
      raters: 3,
      othersMean: 2,
      spread: 'partagé',
      gap: 2,
      reading: 'angle mort',
    });
    // Adaptation: 3, 3, 3, 4 → 3.25 → 3.3 (one decimal); self 3 → gap −0.3: concordant.
    expect(skill('adaptation')).toMatchObject({ raters: 4, othersMean: 3.3, reading: 'regards concordants' });
    // No relation has 3 ratings for every relation present: no breakdown anywhere.
    expect(r.skills.every((s) => s.byRelation.length === 0)).toBe(true);
    // Comments without author, sorted, blanks dropped; no respondent id anywhere in the result.
    expect(r.comments.appreciate).toEqual(['A le sens du détail', 'Toujours disponible']);
    expect(JSON.stringify(r)).not.toMatch(/"respondentId"|"a"|"b"/);
  });

  it('hides a behaviour rated by fewer than three people', () => {
    const r = aggregate360([
      sub('a', 'collegue', { recul: 4 }),
      sub('b', 'collegue', { recul: 2 }),
      sub('c', 'collegue', {}),
    ]);
    expect(r.status === 'ready' && r.skills.find((s) => s.skillId === 'recul')).toMatchObject({
      raters: 2,
      othersMean: null,
      spread: null,
    });
  });

  it('breaks down by relation only when every relation present has three ratings', () => {
    const subs = ['a', 'b', 'c']
      .map((id) => sub(id, 'collegue', rate(3)))
      .concat(['d', 'e', 'f'].map((id) => sub(id, 'manager', rate(4))));
    const r = aggregate360(subs);
    expect(r.status === 'ready' && r.skills[0]?.byRelation.map((b) => [b.relation, b.mean])).toEqual([
      ['manager', 4],
      ['collegue', 3],
    ]);
  });
});

describe('respondent links', () => {
  const now = new Date('2026-03-10T12:00:00Z');
  const link = { expiresAt: new Date('2026-03-20T00:00:00Z'), revokedAt: null, answeredAt: null };
  it('refuses an expired or revoked link and a second answer, in French', () => {
    expect(checkRespondentLink(link, now)).toEqual({ allowed: true });
    expect(checkRespondentLink({ ...link, expiresAt: new Date('2026-03-09T00:00:00Z') }, now)).toMatchObject({
      allowed: false,
      code: 'link_expired',
    });
    expect(checkRespondentLink({ ...link, revokedAt: new Date('2026-03-05T00:00:00Z') }, now)).toMatchObject({
      code: 'link_revoked',
    });
    const again = checkRespondentLink({ ...link, answeredAt: new Date('2026-03-08T00:00:00Z') }, now);
    expect(again).toMatchObject({ code: 'already_answered' });
    expect(again.allowed ? '' : again.message).toContain('une seule réponse est possible');
  });

  it('reveals only the first name of the beneficiary', () => {
    const page = respondentInvitation({
      firstName: 'Camille Dupont-Martin',
      expiresAt: new Date('2026-03-20T00:00:00Z'),
    });
    expect(page.title).toBe('Camille vous demande votre regard');
    expect(JSON.stringify(page)).not.toContain('Dupont');
    expect(page.text).toContain('20 mars 2026');
  });
});

describe('soft skills report', () => {
  it('shows self ratings and only the aggregated regard des autres', () => {
    const answers: Record<string, unknown> = {};
    for (const s of SOFT_SKILLS)
      Object.assign(answers, { [selfRatingId(s.id)]: s.id === 'stress' ? 2 : 4, [exampleId(s.id)]: `Exemple ${s.id}` });
    const self = scoreSoftSkillsSelf(answers);
    const waiting = softSkillsReport(self, aggregate360([sub('a', 'collegue', rate(3))], selfRatingMap(self)), {
      audience: 'beneficiaire',
      date: '2026-03-02',
    });
    expect(waiting.sections.find((s) => s.id === 'regard')?.paragraphs[0]).toContain(
      'à partir de 3 réponses (1 pour l’instant)',
    );
    expect(waiting.dataTable?.rows[1]).toEqual({
      savoir: 'Gestion du stress',
      vous: '2',
      entourage: 'pas encore disponible',
      lecture: '–',
    });
    const ready = softSkillsReport(
      self,
      aggregate360(
        ['a', 'b', 'c'].map((id) => sub(id, 'collegue', rate(3))),
        selfRatingMap(self),
      ),
      { audience: 'beneficiaire', date: '2026-03-02' },
    );
    expect(ready.dataTable?.rows[0]).toEqual({
      savoir: 'Capacité d’adaptation',
      vous: '4',
      entourage: '3,0 (3 regards, avis convergent)',
      lecture: 'angle mort',
    }); // self 4 − others 3 = +1
    expect(ready.discussion.heading).toBe('À discuter avec votre consultant·e');
  });
});
