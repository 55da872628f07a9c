/**
 * Cahier d'étape « Si tout était possible » : l'activité idéale, décrite sans censure, puis ce qu'il
 * faudrait en garder dans un projet réaliste. Written for Sillage.
 */
import type { QuestionnaireDefinitionInput } from '../../../questionnaires/domain/definition-schema.ts';

export const ACTIVITE_IDEALE: QuestionnaireDefinitionInput = {
  id: 'activite-ideale',
  version: 1,
  kind: 'worksheet',
  title: 'Si tout était possible',
  intro:
    'Imaginez que toutes les contraintes ont disparu : pas de diplôme à obtenir, pas de question d’argent, d’âge ou de lieu. Décrivez l’activité qui vous rendrait heureux ou heureuse au travail. Laissez venir les idées sans les juger : nous ferons le tri ensemble ensuite.',
  estimatedMinutes: 30,
  sections: [
    {
      id: 'reve',
      title: 'Votre journée idéale',
      questions: [
        { id: 'journee', type: 'long_text', label: 'Racontez une journée de travail idéale, du matin au soir.' },
        { id: 'activites', type: 'long_text', label: 'Que faites-vous concrètement pendant cette journée ?' },
        {
          id: 'avec-qui',
          type: 'multiple_choice',
          label: 'Avec qui ou pour qui travaillez-vous ?',
          minSelections: 1,
          options: [
            { value: 'autonomie', label: 'Principalement en autonomie' },
            { value: 'equipe', label: 'Au sein d’une équipe' },
            { value: 'public', label: 'Au contact du public' },
            { value: 'jeunes', label: 'Avec des enfants ou des jeunes' },
            { value: 'personnes-fragiles', label: 'Auprès de personnes fragiles ou en difficulté' },
            { value: 'entreprises', label: 'Pour des entreprises ou des organisations' },
            { value: 'nature', label: 'Au contact de la nature ou des animaux' },
          ],
        },
        {
          id: 'lieu',
          type: 'single_choice',
          label: 'Où travaillez-vous surtout ?',
          options: [
            { value: 'bureau', label: 'Dans un bureau' },
            { value: 'atelier', label: 'Dans un atelier, un laboratoire, une cuisine…' },
            { value: 'exterieur', label: 'En extérieur' },
            { value: 'domicile', label: 'Chez moi' },
            { value: 'deplacements', label: 'En déplacement' },
            { value: 'variable', label: 'Dans des lieux qui changent' },
          ],
        },
        {
          id: 'statut',
          type: 'single_choice',
          label: 'Sous quel statut ?',
          options: [
            { value: 'salarie', label: 'Salarié·e' },
            { value: 'fonction-publique', label: 'Dans la fonction publique' },
            { value: 'independant', label: 'À mon compte' },
            { value: 'collectif', label: 'Dans un collectif ou une coopérative' },
            { value: 'indifferent', label: 'Peu importe' },
          ],
        },
      ],
    },
    {
      id: 'reves-anciens',
      title: 'Vos rêves d’avant',
      questions: [
        {
          id: 'metiers-reves',
          type: 'long_text',
          label: 'Enfant, adolescent·e ou plus tard, quels métiers vous ont fait rêver ? Qu’est-ce qui vous attirait ?',
          required: false,
        },
      ],
    },
    {
      id: 'retour',
      title: 'Ce que vous voulez garder',
      questions: [
        {
          id: 'energie',
          type: 'scale',
          label: 'En décrivant cette activité idéale, quelle énergie avez-vous ressentie ?',
          min: 1,
          max: 5,
          anchors: [
            { value: 1, label: 'Aucune' },
            { value: 3, label: 'Un peu' },
            { value: 5, label: 'Beaucoup' },
          ],
        },
        {
          id: 'a-garder',
          type: 'long_text',
          label: 'Dans tout cela, qu’est-ce qui vous semble indispensable à garder, même dans un projet réaliste ?',
        },
        {
          id: 'premier-pas',
          type: 'long_text',
          label: 'Quel petit pas pourriez-vous faire dès maintenant dans cette direction ?',
          required: false,
        },
      ],
    },
  ],
};
