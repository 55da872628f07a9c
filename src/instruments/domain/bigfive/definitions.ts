/**
 * Questionnaire definitions of the two Big Five forms, built on the questionnaire engine.
 * Scales: the five domains, and for the long form also the 29 facets.
 */
import type { QuestionnaireDefinition } from '../../../questionnaires/domain/definition-schema.ts';
import { likertDefinition } from '../likert-definition.ts';
import { DOMAINS, DOMAIN_INFO, FACETS } from './constructs.ts';
import { IPIP_NEO_ITEMS, IPIP_NEO_SOURCE, neoQuestionId } from './ipip-neo-items.ts';
import { MINI_IPIP_ITEMS, MINI_IPIP_SOURCE, miniQuestionId } from './mini-ipip-items.ts';

/** IPIP response anchors (accuracy, as in the original, not agreement). */
export const IPIP_ANCHORS = [
  { value: 1, label: 'Très inexact' },
  { value: 2, label: 'Plutôt inexact' },
  { value: 3, label: 'Ni exact ni inexact' },
  { value: 4, label: 'Plutôt exact' },
  { value: 5, label: 'Très exact' },
];

const INTRO =
  'Chaque phrase décrit une façon d’être ou d’agir. Indiquez à quel point elle vous décrit tel que vous êtes généralement aujourd’hui, et non tel que vous aimeriez être, en vous comparant aux personnes de votre âge que vous connaissez. Il n’y a ni bonne ni mauvaise réponse, et aucun résultat n’est un jugement.';

/** Long form: five domain scales and 29 facet scales keyed on the same 116 items. */
export const IPIP_NEO_DEFINITION: QuestionnaireDefinition = likertDefinition({
  id: IPIP_NEO_SOURCE.instrumentId,
  version: IPIP_NEO_SOURCE.version,
  title: 'Votre personnalité au travail – forme longue',
  intro: INTRO,
  estimatedMinutes: 20,
  min: 1,
  max: 5,
  anchors: IPIP_ANCHORS,
  items: IPIP_NEO_ITEMS.map((i) => ({
    questionId: neoQuestionId(i.sourceId),
    text: i.textFr,
    scaleId: i.domain.toLowerCase(),
    alsoIn: [i.facet],
    reverse: i.reverse,
  })),
  scales: [
    ...DOMAINS.map((d) => ({ id: d.toLowerCase(), label: DOMAIN_INFO[d].name })),
    ...FACETS.map((f) => ({ id: f.id, label: f.name })),
  ],
  pageSize: 20,
});

export const MINI_IPIP_DEFINITION: QuestionnaireDefinition = likertDefinition({
  id: MINI_IPIP_SOURCE.instrumentId,
  version: MINI_IPIP_SOURCE.version,
  title: 'Votre personnalité au travail – forme courte',
  intro: INTRO,
  estimatedMinutes: 5,
  min: 1,
  max: 5,
  anchors: IPIP_ANCHORS,
  items: MINI_IPIP_ITEMS.map((i) => ({
    questionId: miniQuestionId(i.sourceId),
    text: i.textFr,
    scaleId: i.domain.toLowerCase(),
    reverse: i.reverse,
  })),
  scales: DOMAINS.map((d) => ({ id: d.toLowerCase(), label: DOMAIN_INFO[d].name })),
  pageSize: 20,
});
