/**
 * Cahier d'étape « Vos besoins et vos motivations » : l'importance de quelques besoins au travail,
 * ce qui donne de l'énergie ou en prend, et l'état de la motivation aujourd'hui. Written for Sillage.
 */
import type { QuestionnaireDefinitionInput } from '../../../questionnaires/domain/definition-schema.ts';

const importance = [
  { value: 1, label: 'Peu important' },
  { value: 3, label: 'Important' },
  { value: 5, label: 'Essentiel' },
];

const need = (id: string, label: string) => ({
  id,
  type: 'scale' as const,
  label,
  min: 1,
  max: 5,
  anchors: importance,
});

export const BESOINS_MOTIVATIONS: QuestionnaireDefinitionInput = {
  id: 'besoins-et-motivations',
  version: 1,
  kind: 'worksheet',
  title: 'Vos besoins et vos motivations',
  intro:
    'Ce qui nous motive au travail évolue avec le temps. Ce cahier fait le point sur vos besoins d’aujourd’hui et sur ce qui vous donne, ou vous enlève, de l’énergie.',
  estimatedMinutes: 20,
  sections: [
    {
      id: 'besoins',
      title: 'Vos besoins au travail',
      intro: 'Pour chaque besoin, indiquez son importance pour vous aujourd’hui.',
      questions: [
        need('securite', 'Avoir une situation financière stable et prévisible'),
        need('appartenance', 'Me sentir membre d’une équipe, d’un collectif'),
        need('reconnaissance', 'Que mon travail et mes efforts soient reconnus'),
        need('autonomie', 'Décider par moi-même de la façon de faire'),
        need('progression', 'Apprendre et progresser'),
        need('equilibre', 'Préserver ma santé et l’équilibre entre mes temps de vie'),
        need('utilite', 'Être utile à d’autres personnes'),
        {
          id: 'besoins-non-satisfaits',
          type: 'long_text',
          label: 'Quels besoins ne sont pas satisfaits dans votre situation actuelle ?',
          required: false,
        },
      ],
    },
    {
      id: 'motivations',
      title: 'Ce qui vous met en mouvement',
      questions: [
        {
          id: 'moteurs',
          type: 'ranking',
          label: 'Classez les quatre moteurs qui vous donnent le plus envie de vous investir dans votre travail.',
          rankCount: 4,
          items: [
            { value: 'defi', label: 'Relever un défi' },
            { value: 'relations', label: 'Les relations avec les autres' },
            { value: 'resultat', label: 'Voir le résultat concret de mon travail' },
            { value: 'apprentissage', label: 'Apprendre quelque chose de nouveau' },
            { value: 'remuneration', label: 'La rémunération' },
            { value: 'reconnaissance', label: 'La reconnaissance' },
            { value: 'utilite', label: 'Le sentiment d’être utile' },
            { value: 'plaisir', label: 'Le plaisir de faire' },
          ],
        },
        { id: 'energie-plus', type: 'long_text', label: 'Quelles tâches ou situations vous donnent de l’énergie ?' },
        { id: 'energie-moins', type: 'long_text', label: 'Quelles tâches ou situations vous en prennent ?' },
      ],
    },
    {
      id: 'aujourdhui',
      title: 'Votre motivation aujourd’hui',
      questions: [
        {
          id: 'motivation-actuelle',
          type: 'scale',
          label: 'Comment évaluez-vous votre motivation au travail en ce moment ?',
          min: 1,
          max: 5,
          anchors: [
            { value: 1, label: 'Très basse' },
            { value: 3, label: 'Moyenne' },
            { value: 5, label: 'Très haute' },
          ],
        },
        {
          id: 'motivation-baisse',
          type: 'long_text',
          label: 'Qu’est-ce qui l’a fait baisser, selon vous ?',
          showIf: { all: [{ questionId: 'motivation-actuelle', operator: 'lte', value: 2 }] },
        },
      ],
    },
  ],
};
