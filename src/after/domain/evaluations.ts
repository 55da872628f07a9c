/**
 * The two satisfaction questionnaires of a bilan, written for Sillage from the providers'
 * programmes (seeds/: « évaluation à chaud » at the end: re-read the expectations, what went well,
 * what to improve, a written evaluation; « évaluation à froid » with the follow-up interview:
 * progress of the action plan, usefulness with hindsight).
 *
 * They run on the questionnaire engine. Their scale answers are administrative proof (Qualiopi
 * indicators 2 and 30), never bilan content: `evaluationScore` turns them into one figure.
 */
import {
  parseQuestionnaireDefinition,
  type QuestionnaireDefinition,
} from '../../questionnaires/domain/definition-schema.ts';
import type { ValidAnswers } from '../../questionnaires/domain/validate-submission.ts';

export const EVALUATION_KINDS = ['chaud', 'froid'] as const;
export type EvaluationKind = (typeof EVALUATION_KINDS)[number];

const agreement = [
  { value: 1, label: 'Pas du tout d’accord' },
  { value: 2, label: 'Plutôt pas d’accord' },
  { value: 3, label: 'Plutôt d’accord' },
  { value: 4, label: 'Tout à fait d’accord' },
];

function statement(id: string, label: string) {
  return { id, type: 'scale' as const, label, min: 1, max: 4, anchors: agreement };
}

const CHAUD = parseQuestionnaireDefinition({
  id: 'evaluation-a-chaud',
  version: 1,
  kind: 'evaluation',
  title: 'Évaluation de votre bilan de compétences',
  intro:
    'Votre bilan se termine. Ces quelques questions nous aident à améliorer nos accompagnements : vos réponses ne sont pas transmises à votre employeur ni à votre financeur, et elles sont regroupées avec celles des autres bénéficiaires dans nos indicateurs.',
  estimatedMinutes: 5,
  sections: [
    {
      id: 'deroulement',
      title: 'Le déroulement du bilan',
      questions: [
        statement('attentes', 'Le bilan a répondu aux attentes que j’avais exprimées au début.'),
        statement('accompagnement', 'L’accompagnement de mon ou ma consultant·e m’a aidé·e à avancer.'),
        statement('outils', 'Les exercices et les outils proposés m’ont été utiles.'),
        statement('rythme', 'Le rythme et la durée des séances m’ont convenu.'),
        statement('projet', 'Je repars avec un projet ou des pistes que je peux mettre en œuvre.'),
      ],
    },
    {
      id: 'avis',
      title: 'Votre avis',
      questions: [
        {
          id: 'recommandation',
          type: 'single_choice',
          label: 'Recommanderiez-vous ce bilan à une personne de votre entourage ?',
          options: [
            { value: 'oui', label: 'Oui' },
            { value: 'peut-etre', label: 'Peut-être' },
            { value: 'non', label: 'Non' },
          ],
        },
        {
          id: 'points-forts',
          type: 'long_text',
          label: 'Ce qui vous a été le plus utile',
          required: false,
          maxLength: 2000,
        },
        {
          id: 'ameliorations',
          type: 'long_text',
          label: 'Ce que nous pourrions améliorer',
          required: false,
          maxLength: 2000,
        },
      ],
    },
  ],
});

const FROID = parseQuestionnaireDefinition({
  id: 'evaluation-a-froid',
  version: 1,
  kind: 'evaluation',
  title: 'Votre bilan de compétences, quelques mois après',
  intro:
    'Quelques mois ont passé depuis la fin de votre bilan. Ces questions nous disent ce qu’il vous a apporté avec le recul : vos réponses restent dans l’organisme et sont regroupées dans nos indicateurs.',
  estimatedMinutes: 5,
  sections: [
    {
      id: 'situation',
      title: 'Votre situation',
      questions: [
        {
          id: 'situation',
          type: 'single_choice',
          label: 'Où en est votre projet aujourd’hui ?',
          options: [
            { value: 'realise', label: 'Il est réalisé (nouveau poste, nouvelle activité, formation terminée)' },
            { value: 'en-cours', label: 'Il est en cours (formation, démarches engagées)' },
            { value: 'en-preparation', label: 'Je le prépare encore' },
            { value: 'modifie', label: 'J’ai changé de projet' },
            { value: 'en-pause', label: 'Il est en pause' },
          ],
        },
        statement('plan-action', 'J’ai pu mettre en œuvre tout ou partie de mon plan d’action.'),
        statement('utilite', 'Avec le recul, le bilan m’a été utile.'),
        statement('confiance', 'Le bilan m’a donné confiance pour mener mon projet.'),
      ],
    },
    {
      id: 'avis',
      title: 'Votre avis',
      questions: [
        {
          id: 'commentaire',
          type: 'long_text',
          label: 'Souhaitez-vous ajouter quelque chose ?',
          required: false,
          maxLength: 2000,
        },
      ],
    },
  ],
});

export const EVALUATIONS: Record<EvaluationKind, QuestionnaireDefinition> = { chaud: CHAUD, froid: FROID };

/**
 * The satisfaction score of an answered evaluation, in basis points (0 to 10,000): the mean of
 * its scale answers rescaled from [min, max] to [0, 100 %]. Null when no scale question is answered.
 */
export function evaluationScore(definition: QuestionnaireDefinition, answers: ValidAnswers): number | null {
  let sum = 0;
  let count = 0;
  for (const section of definition.sections) {
    for (const question of section.questions) {
      if (question.type !== 'scale') continue;
      const value = answers[question.id];
      if (typeof value !== 'number') continue;
      sum += (value - question.min) / (question.max - question.min);
      count++;
    }
  }
  return count === 0 ? null : Math.round((sum / count) * 10_000);
}
