/**
 * Soft skills report (pure): the beneficiary's own ratings and examples, then le regard des autres
 * only in its aggregated form, with self–other gaps as angles morts and forces cachées to discuss.
 */
import type { Answers } from '../../../questionnaires/domain/conditions.ts';
import {
  DISCUSSION_HEADING,
  fr,
  fr1,
  provenanceLines,
  type ReportContext,
  type ReportModel,
  type ReportSection,
} from '../report-model.ts';
import { exampleId, selfRatingId } from './definitions.ts';
import type { Feedback360Result } from './feedback360.ts';
import { SOFT_SKILLS, SOFT_SKILLS_SOURCE } from './skills.ts';

export interface SelfSkill {
  skillId: string;
  name: string;
  rating: number | null;
  example: string | null;
}

/** The self-rating answers, skill by skill. */
export function scoreSoftSkillsSelf(answers: Answers): SelfSkill[] {
  return SOFT_SKILLS.map((skill) => {
    const rating = answers[selfRatingId(skill.id)];
    const example = answers[exampleId(skill.id)];
    return {
      skillId: skill.id,
      name: skill.name,
      rating: typeof rating === 'number' && Number.isInteger(rating) && rating >= 1 && rating <= 4 ? rating : null,
      example: typeof example === 'string' && example.trim().length > 0 ? example.trim() : null,
    };
  });
}

/** Self ratings as a map, for `aggregate360`. */
export function selfRatingMap(self: readonly SelfSkill[]): Record<string, number> {
  return Object.fromEntries(self.filter((s) => s.rating !== null).map((s) => [s.skillId, s.rating as number]));
}

export function softSkillsReport(
  self: readonly SelfSkill[],
  feedback: Feedback360Result,
  context: ReportContext,
): ReportModel {
  const strengths = self.filter((s) => s.rating !== null && s.rating >= 3).map((s) => s.name);
  const toDevelop = self.filter((s) => s.rating !== null && s.rating <= 2).map((s) => s.name);
  const ready = feedback.status === 'ready' ? feedback : null;
  const agg = (id: string) => ready?.skills.find((k) => k.skillId === id);
  const sections: ReportSection[] = [
    {
      id: 'exemples',
      title: 'Vos exemples',
      paragraphs: self.filter((s) => s.example !== null).map((s) => `${s.name} : ${s.example}`),
    },
  ];
  if (ready) {
    const blind = ready.skills.filter((k) => k.reading === 'angle mort').map((k) => k.name);
    const hidden = ready.skills.filter((k) => k.reading === 'force cachée').map((k) => k.name);
    sections.push(
      {
        id: 'regard',
        title: `Le regard des autres (${ready.respondents} personnes)`,
        paragraphs: [
          hidden.length > 0
            ? `Forces cachées – votre entourage vous voit plus à l’aise que vous ne le pensez : ${hidden.join(', ')}.`
            : 'Aucune force cachée marquée : quand votre entourage vous note, c’est plutôt en accord avec vous.',
          blind.length > 0
            ? `Angles morts – vous vous notez plus haut que votre entourage : ${blind.join(', ')}. Ce n’est pas un reproche : ces comportements sont peut-être moins visibles pour les autres.`
            : 'Aucun angle mort marqué.',
        ],
      },
      { id: 'apprecie', title: 'Ce que votre entourage apprécie', paragraphs: ready.comments.appreciate },
      { id: 'conseils', title: 'Ce que votre entourage vous conseille', paragraphs: ready.comments.advice },
    );
  } else if (feedback.status === 'insufficient') {
    sections.push({
      id: 'regard',
      title: 'Le regard des autres',
      paragraphs: [
        `Pour préserver l’anonymat des personnes sollicitées, leurs réponses n’apparaîtront qu’à partir de ${feedback.required} réponses (${feedback.received} pour l’instant).`,
      ],
    });
  }
  return {
    instrumentId: SOFT_SKILLS_SOURCE.instrumentId,
    instrumentVersion: SOFT_SKILLS_SOURCE.version,
    audience: context.audience,
    title: 'Vos savoir-être professionnels',
    provenance: provenanceLines(SOFT_SKILLS_SOURCE, context),
    summary: [
      strengths.length > 0
        ? `Les savoir-être que vous mettez le plus souvent en œuvre selon vous : ${strengths.join(', ')}.`
        : 'Aucun savoir-être n’a été noté 3 ou 4.',
      toDevelop.length > 0
        ? `Ceux que vous mobilisez moins souvent aujourd’hui : ${toDevelop.join(', ')}. Ce sont des pistes de progression, pas des défauts.`
        : '',
    ].filter((p) => p.length > 0),
    chart: {
      kind: 'grid',
      title: 'Vos notes et celles de votre entourage (de 1 à 4)',
      // The axis starts at 0 so that a rating of 1 (rarement) shows as a bar, not as nothing.
      min: 0,
      max: 4,
      points: self.map((s) => ({
        id: s.skillId,
        label: s.name,
        value: s.rating ?? 0,
        secondary: agg(s.skillId)?.othersMean ?? undefined,
      })),
      series: ['Votre note', 'Regard de l’entourage'],
      description: `Pour chaque savoir-être, votre note${ready ? ' et la moyenne des regards de votre entourage' : ''}, de 1 (rarement) à 4 (presque toujours).`,
    },
    dataTable: {
      caption: 'Vos savoir-être : votre note et le regard de votre entourage',
      columns: [
        { key: 'savoir', label: 'Savoir-être' },
        { key: 'vous', label: 'Votre note (1 à 4)' },
        { key: 'entourage', label: 'Regard de l’entourage (moyenne)' },
        { key: 'lecture', label: 'Lecture' },
      ],
      rows: self.map((s) => {
        const a = agg(s.skillId);
        return {
          savoir: s.name,
          vous: s.rating === null ? 'non renseignée' : fr(s.rating),
          entourage: !ready
            ? 'pas encore disponible'
            : a?.othersMean != null
              ? `${fr1(a.othersMean)} (${a.raters} regards, avis ${a.spread})`
              : 'trop peu d’observations',
          lecture: a?.reading ?? '–',
        };
      }),
    },
    sections,
    uncertainty: [
      'Une note de 1 à 4 résume une perception : c’est l’exemple concret qui lui donne son sens.',
      'Le regard des autres dépend des situations où ces personnes vous ont vu travailler ; les écarts sont des sujets de discussion, pas des vérités.',
    ],
    discussion: {
      heading: DISCUSSION_HEADING,
      prompts: [
        'Quels savoir-être voulez-vous mettre en avant dans votre projet, avec quels exemples ?',
        'Que vous inspirent les écarts entre votre regard et celui de votre entourage ?',
      ],
    },
    consultantNotes:
      context.audience === 'consultant'
        ? [`Exemples renseignés : ${self.filter((s) => s.example !== null).length} sur ${self.length}.`]
        : [],
  };
}
