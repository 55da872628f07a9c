/**
 * The two soft-skill questionnaires: the beneficiary's self-rating (a rating and a concrete example
 * for each savoir-être) and the respondent's form for le regard des autres (same behaviours, in the
 * third person; a behaviour not observed is left blank; two open questions).
 */
import {
  parseQuestionnaireDefinition,
  type QuestionnaireDefinition,
} from '../../../questionnaires/domain/definition-schema.ts';
import { RATING_ANCHORS, SOFT_SKILLS, SOFT_SKILLS_SOURCE } from './skills.ts';

export const selfRatingId = (skill: string) => `note-${skill}`;
export const exampleId = (skill: string) => `exemple-${skill}`;
export const otherRatingId = (skill: string) => `regard-${skill}`;
export const RELATION_QUESTION = 'relation';
export const APPRECIATE_QUESTION = 'ce-que-j-apprecie';
export const ADVICE_QUESTION = 'ce-que-je-conseille';

export const RELATIONS = [
  { value: 'manager', label: 'Responsable hiérarchique (actuel ou passé)' },
  { value: 'collegue', label: 'Collègue' },
  { value: 'client', label: 'Client, usager ou partenaire' },
  { value: 'proche', label: 'Proche (ami, famille, activité associative)' },
] as const;
export type Relation = (typeof RELATIONS)[number]['value'];

export const SELF_DEFINITION: QuestionnaireDefinition = parseQuestionnaireDefinition({
  id: SOFT_SKILLS_SOURCE.instrumentId,
  version: SOFT_SKILLS_SOURCE.version,
  kind: 'instrument',
  title: 'Vos savoir-être professionnels',
  intro:
    'Pour chacun des 14 savoir-être, indiquez à quelle fréquence le comportement décrit se manifeste dans votre travail, puis racontez une situation précise qui l’illustre : le contexte, ce que vous avez fait, le résultat. L’exemple compte autant que la note.',
  estimatedMinutes: 40,
  sections: SOFT_SKILLS.map((skill) => ({
    id: skill.id,
    title: skill.name,
    questions: [
      { id: selfRatingId(skill.id), type: 'scale', label: skill.self, min: 1, max: 4, anchors: RATING_ANCHORS },
      {
        id: exampleId(skill.id),
        type: 'long_text',
        label: 'Un exemple concret',
        help: 'Décrivez une situation réelle : où et quand, ce que vous avez fait, ce qui en a résulté.',
        maxLength: 3000,
      },
    ],
  })),
});

export const RESPONDENT_DEFINITION: QuestionnaireDefinition = parseQuestionnaireDefinition({
  id: `${SOFT_SKILLS_SOURCE.instrumentId}-regard`,
  version: SOFT_SKILLS_SOURCE.version,
  kind: 'instrument',
  title: 'Votre regard sur une personne que vous connaissez',
  intro:
    'Une personne de votre entourage fait le point sur son parcours et vous demande votre regard. Vos réponses sont anonymes : vos notes ne lui seront montrées que regroupées avec celles d’au moins deux autres personnes, jamais une à une ; vos commentaires lui seront transmis sans votre nom, mêlés à ceux des autres.',
  estimatedMinutes: 10,
  sections: [
    {
      id: 'relation',
      title: 'Votre relation',
      questions: [
        {
          id: RELATION_QUESTION,
          type: 'single_choice',
          label: 'Vous la connaissez surtout en tant que :',
          options: RELATIONS.map((r) => ({ ...r })),
        },
      ],
    },
    {
      id: 'comportements',
      title: 'Ce que vous avez pu observer',
      intro: 'Si vous n’avez pas eu l’occasion d’observer un comportement, laissez la question sans réponse.',
      questions: SOFT_SKILLS.map((skill) => ({
        id: otherRatingId(skill.id),
        type: 'scale' as const,
        label: `${skill.name} : ${skill.other}`,
        min: 1,
        max: 4,
        anchors: RATING_ANCHORS,
        required: false,
      })),
    },
    {
      id: 'commentaires',
      title: 'En quelques mots',
      questions: [
        {
          id: APPRECIATE_QUESTION,
          type: 'long_text',
          label: 'Ce que vous appréciez particulièrement dans sa façon de travailler',
          required: false,
          maxLength: 2000,
        },
        {
          id: ADVICE_QUESTION,
          type: 'long_text',
          label: 'Ce que vous lui conseilleriez pour la suite de son parcours',
          required: false,
          maxLength: 2000,
        },
      ],
    },
  ],
});
