/**
 * Cahier d'étape « Vos attentes pour ce bilan » (phase préliminaire). Written for Sillage; the
 * conclusion re-reads the last question (what would make the bilan useful).
 */
import type { QuestionnaireDefinitionInput } from '../../../questionnaires/domain/definition-schema.ts';

const clarity = [
  { value: 1, label: 'Pas du tout clair' },
  { value: 3, label: 'En partie' },
  { value: 5, label: 'Tout à fait clair' },
];

export const ATTENTES: QuestionnaireDefinitionInput = {
  id: 'attentes-du-bilan',
  version: 1,
  kind: 'worksheet',
  title: 'Vos attentes pour ce bilan',
  intro:
    'Ce cahier vous aide à formuler ce que vous venez chercher. Répondez avec vos mots, sans chercher la formule parfaite : nous relirons ensemble vos réponses au premier rendez-vous, puis à la fin du bilan.',
  estimatedMinutes: 20,
  sections: [
    {
      id: 'demarche',
      title: 'Ce qui vous amène',
      questions: [
        {
          id: 'declencheur',
          type: 'long_text',
          label: 'Qu’est-ce qui vous a décidé·e à faire un bilan de compétences maintenant ?',
        },
        {
          id: 'situation',
          type: 'single_choice',
          label: 'Votre situation aujourd’hui',
          options: [
            { value: 'salarie', label: 'Salarié·e du secteur privé' },
            { value: 'agent-public', label: 'Agent·e de la fonction publique' },
            { value: 'demandeur-emploi', label: 'En recherche d’emploi' },
            { value: 'independant', label: 'Travailleur ou travailleuse indépendant·e' },
            { value: 'autre', label: 'Autre situation' },
          ],
        },
        {
          id: 'objectifs',
          type: 'multiple_choice',
          label: 'Ce que vous attendez d’abord de ce bilan (trois choix au plus)',
          minSelections: 1,
          maxSelections: 3,
          options: [
            { value: 'se-connaitre', label: 'Mieux me connaître : mes valeurs, mes motivations, ma personnalité' },
            { value: 'competences', label: 'Faire l’inventaire de mes compétences' },
            { value: 'evoluer', label: 'Évoluer dans mon métier ou mon entreprise' },
            { value: 'reconversion', label: 'Changer de métier' },
            { value: 'valider-projet', label: 'Vérifier qu’un projet que j’ai en tête est réaliste' },
            { value: 'formation', label: 'Choisir une formation' },
            { value: 'creer', label: 'Étudier un projet de création d’activité' },
            { value: 'motivation', label: 'Retrouver de la motivation au travail' },
            { value: 'recul', label: 'Prendre du recul après une période difficile' },
          ],
        },
      ],
    },
    {
      id: 'projet',
      title: 'Vos idées de projet',
      questions: [
        {
          id: 'piste',
          type: 'single_choice',
          label: 'Avez-vous déjà une ou plusieurs idées de projet professionnel ?',
          options: [
            { value: 'oui', label: 'Oui, assez précises' },
            { value: 'vague', label: 'Quelques idées encore floues' },
            { value: 'non', label: 'Pas encore' },
          ],
        },
        {
          id: 'pistes-detail',
          type: 'long_text',
          label: 'Décrivez-les en quelques mots, même si elles sont encore floues.',
          showIf: {
            any: [
              { questionId: 'piste', operator: 'equals', value: 'oui' },
              { questionId: 'piste', operator: 'equals', value: 'vague' },
            ],
          },
        },
        {
          id: 'clarte',
          type: 'scale',
          label: 'Aujourd’hui, votre projet professionnel vous paraît…',
          min: 1,
          max: 5,
          anchors: clarity,
        },
      ],
    },
    {
      id: 'conditions',
      title: 'Votre cadre',
      questions: [
        {
          id: 'contraintes',
          type: 'long_text',
          label: 'Y a-t-il des contraintes à prendre en compte dès maintenant ?',
          help: 'Par exemple : mobilité, calendrier, situation familiale, finances, santé. Ne dites que ce que vous souhaitez partager.',
          required: false,
        },
        {
          id: 'freins',
          type: 'long_text',
          label: 'Qu’est-ce qui vous inquiète ou vous freine dans cette démarche ?',
          required: false,
        },
        {
          id: 'utilite',
          type: 'long_text',
          label: 'À la fin du bilan, qu’est-ce qui vous ferait dire qu’il vous a été utile ?',
          help: 'Nous relirons cette réponse ensemble lors de la conclusion.',
        },
      ],
    },
  ],
};
