/**
 * Cahier d'étape « Votre histoire professionnelle » (phase préliminaire): periods with how they
 * were lived, highs and lows, changes chosen or imposed, regrets, achievements, the common thread.
 * Written for Sillage.
 */
import type { QuestionnaireDefinitionInput } from '../../../questionnaires/domain/definition-schema.ts';

const lived = [
  { value: 1, label: 'Très difficile' },
  { value: 3, label: 'Mitigé' },
  { value: 5, label: 'Très épanouissant' },
];

export const HISTOIRE_PROFESSIONNELLE: QuestionnaireDefinitionInput = {
  id: 'histoire-professionnelle',
  version: 1,
  kind: 'worksheet',
  title: 'Votre histoire professionnelle',
  intro:
    'Avant de vous projeter, prenons le temps de relire votre parcours : les périodes marquantes, les hauts et les bas, les changements, ce que vous avez réalisé. Emplois, stages, formations, bénévolat, projets personnels : tout compte.',
  estimatedMinutes: 45,
  sections: [
    {
      id: 'periodes',
      title: 'Les grandes périodes de votre parcours',
      questions: [
        {
          id: 'parcours',
          type: 'table',
          label: 'Listez les grandes périodes de votre parcours, de la plus ancienne à la plus récente.',
          minRows: 1,
          maxRows: 30,
          addRowLabel: 'Ajouter une période',
          columns: [
            { id: 'debut', label: 'Début (année)', type: 'year', required: true },
            { id: 'fin', label: 'Fin (année)', type: 'year' },
            { id: 'activite', label: 'Poste ou activité', type: 'short_text', required: true },
            { id: 'cadre', label: 'Structure ou contexte', type: 'short_text' },
            { id: 'vecu', label: 'Comment l’avez-vous vécue ?', type: 'scale', min: 1, max: 5, anchors: lived },
            { id: 'marquant', label: 'Ce qui a marqué cette période', type: 'long_text' },
          ],
        },
      ],
    },
    {
      id: 'hauts-bas',
      title: 'Les hauts et les bas',
      questions: [
        {
          id: 'haut',
          type: 'long_text',
          label:
            'Racontez un moment où vous vous êtes senti·e pleinement à votre place : que faisiez-vous, avec qui, dans quelles conditions ?',
        },
        {
          id: 'bas',
          type: 'long_text',
          label: 'Racontez un moment difficile : que s’est-il passé, et qu’en avez-vous appris ?',
        },
      ],
    },
    {
      id: 'changements',
      title: 'Les changements',
      questions: [
        {
          id: 'changements',
          type: 'table',
          label: 'Quels changements importants avez-vous vécus (poste, métier, employeur, région, statut) ?',
          required: false,
          addRowLabel: 'Ajouter un changement',
          columns: [
            { id: 'annee', label: 'Année', type: 'year' },
            { id: 'changement', label: 'Changement', type: 'short_text', required: true },
            {
              id: 'origine',
              label: 'Ce changement était',
              type: 'single_choice',
              options: [
                { value: 'choisi', label: 'Choisi' },
                { value: 'subi', label: 'Subi' },
                { value: 'les-deux', label: 'Un peu des deux' },
              ],
            },
            { id: 'raison', label: 'Pourquoi, et comment l’avez-vous traversé ?', type: 'long_text' },
          ],
        },
      ],
    },
    {
      id: 'regrets',
      title: 'Regrets et occasions manquées',
      questions: [
        {
          id: 'regrets',
          type: 'long_text',
          label:
            'Y a-t-il des projets laissés de côté, des occasions manquées ou des envies que vous n’avez pas pu suivre ?',
          required: false,
        },
        {
          id: 'regrets-actuels',
          type: 'single_choice',
          label: 'Ces envies sont-elles encore d’actualité pour vous ?',
          showIf: { all: [{ questionId: 'regrets', operator: 'answered' }] },
          options: [
            { value: 'oui', label: 'Oui' },
            { value: 'peut-etre', label: 'Peut-être' },
            { value: 'non', label: 'Non, plus maintenant' },
          ],
        },
      ],
    },
    {
      id: 'realisations',
      title: 'Vos réalisations',
      questions: [
        {
          id: 'realisations',
          type: 'table',
          label: 'Citez les réalisations dont vous êtes le plus satisfait·e, au travail ou ailleurs.',
          minRows: 1,
          maxRows: 10,
          addRowLabel: 'Ajouter une réalisation',
          columns: [
            { id: 'realisation', label: 'Réalisation', type: 'short_text', required: true },
            { id: 'contexte', label: 'Contexte', type: 'long_text' },
            { id: 'action', label: 'Ce que vous avez fait, concrètement', type: 'long_text' },
            { id: 'resultat', label: 'Le résultat, et ce qu’il dit de vous', type: 'long_text' },
          ],
        },
      ],
    },
    {
      id: 'fil-rouge',
      title: 'Le fil rouge',
      questions: [
        {
          id: 'fil-rouge',
          type: 'long_text',
          label: 'Si vous deviez résumer votre parcours en une phrase, quel en serait le fil conducteur ?',
        },
      ],
    },
  ],
};
