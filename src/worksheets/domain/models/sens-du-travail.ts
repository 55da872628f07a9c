/** Cahier d'étape « Le sens du travail » (phase d'investigation). Written for Sillage. */
import type { QuestionnaireDefinitionInput } from '../../../questionnaires/domain/definition-schema.ts';

const place = [
  { value: 1, label: 'Une place secondaire' },
  { value: 3, label: 'Une place parmi d’autres' },
  { value: 5, label: 'Une place centrale' },
];

export const SENS_DU_TRAVAIL: QuestionnaireDefinitionInput = {
  id: 'sens-du-travail',
  version: 1,
  kind: 'worksheet',
  title: 'Le sens du travail',
  intro:
    'Quelle place donnez-vous au travail dans votre vie, et qu’en attendez-vous ? Il n’y a pas de bonne réponse : chacun et chacune y met un sens différent.',
  estimatedMinutes: 25,
  sections: [
    {
      id: 'place',
      title: 'La place du travail',
      questions: [
        {
          id: 'place-actuelle',
          type: 'scale',
          label: 'Quelle place le travail occupe-t-il dans votre vie aujourd’hui ?',
          min: 1,
          max: 5,
          anchors: place,
        },
        {
          id: 'place-souhaitee',
          type: 'scale',
          label: 'Et quelle place aimeriez-vous qu’il occupe ?',
          min: 1,
          max: 5,
          anchors: place,
        },
        {
          id: 'ecart',
          type: 'long_text',
          label: 'Si ces deux réponses diffèrent, qu’est-ce qui explique cet écart ?',
          required: false,
        },
      ],
    },
    {
      id: 'attentes',
      title: 'Ce que vous attendez du travail',
      questions: [
        {
          id: 'attentes',
          type: 'multiple_choice',
          label: 'Qu’attendez-vous d’abord du travail ? (quatre choix au plus)',
          minSelections: 1,
          maxSelections: 4,
          options: [
            { value: 'revenu', label: 'Un revenu pour vivre' },
            { value: 'securite', label: 'De la sécurité' },
            { value: 'utilite', label: 'Me sentir utile' },
            { value: 'apprendre', label: 'Apprendre' },
            { value: 'relations', label: 'Des relations, un collectif' },
            { value: 'reconnaissance', label: 'De la reconnaissance' },
            { value: 'autonomie', label: 'De l’autonomie' },
            { value: 'creer', label: 'Créer, construire' },
            { value: 'plaisir', label: 'Du plaisir' },
            { value: 'place-sociale', label: 'Une place dans la société' },
          ],
        },
        {
          id: 'sources-de-sens',
          type: 'ranking',
          label: 'Classez les trois éléments qui donnent le plus de sens à un travail pour vous.',
          rankCount: 3,
          items: [
            { value: 'utilite-sociale', label: 'Être utile aux autres ou à la société' },
            { value: 'travail-bien-fait', label: 'Faire un travail de qualité, dont je suis fier·e' },
            { value: 'coherence', label: 'Agir en accord avec mes valeurs' },
            { value: 'progression', label: 'Progresser et relever des défis' },
            { value: 'liens', label: 'Partager avec une équipe' },
            { value: 'transmission', label: 'Transmettre ce que je sais' },
          ],
        },
        { id: 'definition', type: 'long_text', label: 'Pour vous, un travail qui a du sens, c’est…' },
      ],
    },
    {
      id: 'perte-de-sens',
      title: 'Quand le sens se perd',
      questions: [
        {
          id: 'perte',
          type: 'single_choice',
          label: 'Vous est-il arrivé d’avoir le sentiment que votre travail avait perdu son sens ?',
          options: [
            { value: 'oui', label: 'Oui' },
            { value: 'non', label: 'Non' },
          ],
        },
        {
          id: 'perte-cause',
          type: 'long_text',
          label: 'Qu’est-ce qui l’avait fait disparaître, et qu’est-ce qui aurait pu le restaurer ?',
          showIf: { all: [{ questionId: 'perte', operator: 'equals', value: 'oui' }] },
        },
        {
          id: 'hors-travail',
          type: 'long_text',
          label: 'Quelles activités, en dehors du travail, vous apportent ce que le travail ne vous apporte pas ?',
          required: false,
        },
      ],
    },
  ],
};
