/**
 * The RIASEC questionnaire (48 items, 1–5 liking scale), built on the questionnaire engine.
 * Items are administered in cycles R, I, A, S, E, C so that no type comes in a block.
 */
import type { QuestionnaireDefinition } from '../../../questionnaires/domain/definition-schema.ts';
import { likertDefinition, type LikertItem } from '../likert-definition.ts';
import { RIASEC_ITEMS, RIASEC_LETTERS, RIASEC_SOURCE, RIASEC_TYPES } from './items.ts';

export const RIASEC_SCALE = { min: 1, max: 5 } as const;

/** Question id of a source item, e.g. R1 → "r1". */
export const riasecQuestionId = (sourceId: string) => sourceId.toLowerCase();

const interleaved: LikertItem[] = [];
for (let k = 1; k <= 8; k += 1) {
  for (const letter of RIASEC_LETTERS) {
    const it = RIASEC_ITEMS.find((i) => i.sourceId === `${letter}${k}`);
    if (it)
      interleaved.push({
        questionId: riasecQuestionId(it.sourceId),
        text: it.textFr,
        scaleId: letter.toLowerCase(),
        reverse: false,
      });
  }
}

export const RIASEC_DEFINITION: QuestionnaireDefinition = likertDefinition({
  id: RIASEC_SOURCE.instrumentId,
  version: RIASEC_SOURCE.version,
  title: 'Vos centres d’intérêt professionnels',
  intro:
    'Pour chaque activité, indiquez si vous aimeriez l’exercer dans votre travail. Ne vous demandez pas si vous en êtes capable ni quelle formation il faudrait : seul compte votre goût pour l’activité. Il n’y a pas de bonne ou de mauvaise réponse.',
  estimatedMinutes: 10,
  min: RIASEC_SCALE.min,
  max: RIASEC_SCALE.max,
  anchors: [
    { value: 1, label: 'Je n’aimerais pas du tout' },
    { value: 2, label: 'Je n’aimerais pas' },
    { value: 3, label: 'Sans avis' },
    { value: 4, label: 'J’aimerais' },
    { value: 5, label: 'J’aimerais beaucoup' },
  ],
  items: interleaved,
  scales: RIASEC_LETTERS.map((l) => ({ id: l.toLowerCase(), label: RIASEC_TYPES[l].name })),
  pageSize: 12,
});
