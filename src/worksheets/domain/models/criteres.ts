/**
 * Cahier d'étape « Critères fondamentaux et zones de concession » : trier ses critères de choix
 * entre ce qui est non négociable, ce qui est souhaitable et ce qui peut faire l'objet d'une
 * concession, puis fixer des seuils concrets. Written for Sillage.
 */
import type { QuestionnaireDefinitionInput } from '../../../questionnaires/domain/definition-schema.ts';

export const CRITERES: QuestionnaireDefinitionInput = {
  id: 'criteres-et-concessions',
  version: 1,
  kind: 'worksheet',
  title: 'Vos critères fondamentaux et vos zones de concession',
  intro:
    'Tout ne sera peut-être pas possible en même temps. Ce cahier vous aide à distinguer ce qui est essentiel à votre épanouissement au travail de ce sur quoi vous pourriez faire des concessions.',
  estimatedMinutes: 25,
  sections: [
    {
      id: 'tri',
      title: 'Trier vos critères',
      questions: [
        {
          id: 'criteres',
          type: 'card_sort',
          label: 'Répartissez chaque critère dans l’une des trois piles.',
          cards: [
            { id: 'remuneration', label: 'Le niveau de rémunération' },
            { id: 'proximite', label: 'La distance entre domicile et travail' },
            { id: 'horaires', label: 'Des horaires compatibles avec ma vie personnelle' },
            { id: 'teletravail', label: 'La possibilité de télétravailler' },
            { id: 'stabilite', label: 'La stabilité de l’emploi (type de contrat)' },
            { id: 'autonomie', label: 'L’autonomie dans l’organisation du travail' },
            { id: 'ambiance', label: 'L’ambiance et les relations dans l’équipe' },
            { id: 'management', label: 'Le style de management' },
            { id: 'utilite', label: 'L’utilité sociale ou environnementale de l’activité' },
            { id: 'evolution', label: 'Les perspectives d’évolution' },
            { id: 'formation', label: 'L’accès à la formation' },
            { id: 'variete', label: 'La variété des tâches' },
            { id: 'rythme', label: 'Un rythme de travail soutenable' },
            { id: 'secteur', label: 'Le secteur d’activité' },
            { id: 'taille', label: 'La taille de la structure' },
            { id: 'conditions-physiques', label: 'Des conditions physiques de travail adaptées' },
            { id: 'responsabilites', label: 'Le niveau de responsabilité' },
            { id: 'reconnaissance', label: 'La reconnaissance du travail accompli' },
          ],
          piles: [
            {
              id: 'fondamental',
              label: 'Critère fondamental',
              description: 'Non négociable : sans lui, je ne serai pas bien au travail.',
            },
            { id: 'souhaitable', label: 'Souhaitable', description: 'Important, mais discutable selon le reste.' },
            { id: 'concession', label: 'Concession possible', description: 'Je peux m’en passer, au moins un temps.' },
          ],
          top: { count: 3, fromPiles: ['fondamental'], label: 'Classez vos trois critères les plus fondamentaux' },
        },
        {
          id: 'critere-absent',
          type: 'short_text',
          label: 'Un critère important pour vous manque-t-il dans la liste ?',
          required: false,
        },
      ],
    },
    {
      id: 'seuils',
      title: 'Vos seuils concrets',
      questions: [
        {
          id: 'seuils',
          type: 'table',
          label: 'Pour vos critères fondamentaux, précisez votre seuil minimal.',
          help: 'Par exemple : « Rémunération : pas moins de 1 900 € nets par mois » ou « Trajet : 40 minutes au plus ».',
          minRows: 1,
          maxRows: 10,
          addRowLabel: 'Ajouter un seuil',
          columns: [
            { id: 'critere', label: 'Critère', type: 'short_text', required: true },
            { id: 'seuil', label: 'Seuil minimal, concrètement', type: 'short_text', required: true },
          ],
        },
        {
          id: 'conditions-concession',
          type: 'long_text',
          label: 'À quelles conditions, et pour combien de temps, accepteriez-vous des concessions ?',
          help: 'Par exemple le temps d’une formation, d’une période d’essai ou d’un premier poste dans un nouveau métier.',
        },
      ],
    },
  ],
};
