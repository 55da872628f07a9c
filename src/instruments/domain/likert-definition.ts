/**
 * Builds the questionnaire definition of a Likert-type instrument from its item data, so the
 * same engine validates, saves, shows progress and scores every instrument.
 */
import {
  parseQuestionnaireDefinition,
  type QuestionnaireDefinition,
} from '../../questionnaires/domain/definition-schema.ts';

export interface LikertItem {
  /** Question id (slug), stable across versions. */
  questionId: string;
  text: string;
  /** Scale (construct) the item is keyed to. */
  scaleId: string;
  /** Further scales keyed on the same item (e.g. the item's facet, besides its domain). */
  alsoIn?: readonly string[] | undefined;
  reverse: boolean;
}

export interface LikertSpec {
  id: string;
  version: number;
  title: string;
  intro: string;
  estimatedMinutes: number;
  min: number;
  max: number;
  anchors: { value: number; label: string }[];
  items: readonly LikertItem[];
  scales: readonly { id: string; label: string }[];
  /** Items per page (section), in the order given. */
  pageSize: number;
}

export function likertDefinition(spec: LikertSpec): QuestionnaireDefinition {
  const pages = Math.ceil(spec.items.length / spec.pageSize);
  const sections = Array.from({ length: pages }, (_, p) => ({
    id: `page-${p + 1}`,
    title: `Questions ${p * spec.pageSize + 1} à ${Math.min((p + 1) * spec.pageSize, spec.items.length)}`,
    questions: spec.items.slice(p * spec.pageSize, (p + 1) * spec.pageSize).map((item) => ({
      id: item.questionId,
      type: 'scale' as const,
      label: item.text,
      min: spec.min,
      max: spec.max,
      anchors: spec.anchors,
    })),
  }));
  return parseQuestionnaireDefinition({
    id: spec.id,
    version: spec.version,
    kind: 'instrument',
    title: spec.title,
    intro: spec.intro,
    estimatedMinutes: spec.estimatedMinutes,
    sections,
    scoring: {
      method: 'keyed_likert',
      minAnsweredRatio: 0.8,
      scales: spec.scales.map((s) => ({
        id: s.id,
        label: s.label,
        items: spec.items
          .filter((i) => i.scaleId === s.id || (i.alsoIn ?? []).includes(s.id))
          .map((i) => ({ questionId: i.questionId, reverse: i.reverse })),
      })),
    },
  });
}
