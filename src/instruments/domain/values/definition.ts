/**
 * The values card sort as a questionnaire: sort the 36 cards into three piles, then rank the five
 * most important cards of the « essentiel » pile; an optional comment follows.
 */
import {
  parseQuestionnaireDefinition,
  type QuestionnaireDefinition,
} from '../../../questionnaires/domain/definition-schema.ts';
import { VALUE_CARDS, VALUES_SOURCE } from './cards.ts';

export const VALUES_SORT_QUESTION = 'tri-valeurs';
export const PILES = [
  { id: 'essentiel', label: 'Essentiel', description: 'Je ne pourrais pas m’en passer dans mon travail.' },
  { id: 'important', label: 'Important', description: 'J’y tiens, sans que ce soit indispensable.' },
  { id: 'secondaire', label: 'Secondaire', description: 'Cela compte peu pour moi aujourd’hui.' },
] as const;
export const TOP_COUNT = 5;

export const VALUES_DEFINITION: QuestionnaireDefinition = parseQuestionnaireDefinition({
  id: VALUES_SOURCE.instrumentId,
  version: VALUES_SOURCE.version,
  kind: 'instrument',
  title: 'Ce qui compte pour vous dans le travail',
  intro:
    'Chaque carte décrit quelque chose que l’on peut rechercher dans son travail. Répartissez les cartes en trois piles selon l’importance qu’elles ont pour vous aujourd’hui, puis classez les cinq cartes les plus essentielles. Il n’y a pas de bon tri : c’est votre point de vue qui compte.',
  estimatedMinutes: 15,
  sections: [
    {
      id: 'tri',
      title: 'Trier les cartes',
      questions: [
        {
          id: VALUES_SORT_QUESTION,
          type: 'card_sort',
          label: 'Répartissez les 36 cartes dans les trois piles',
          cards: VALUE_CARDS.map((card) => ({ id: card.id, label: card.label })),
          piles: PILES.map((p) => ({ ...p })),
          top: {
            count: TOP_COUNT,
            fromPiles: ['essentiel'],
            label: 'Classez vos cinq cartes essentielles, de la plus importante à la moins importante',
          },
        },
        {
          id: 'hesitations',
          type: 'long_text',
          label: 'Quelles cartes vous ont fait hésiter, et pourquoi ?',
          required: false,
        },
      ],
    },
  ],
});
