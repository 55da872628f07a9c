/**
 * Validation of one answer against its question (pure).
 *
 * Two modes: `final` (submission: completeness is required) and `draft` (autosave: an answer may
 * be partial, e.g. a card sort half done, but never inconsistent: a card in two piles, a value
 * outside the scale or a duplicate in a ranking are refused in both modes).
 */
import { answerError, type AnswerError } from './messages.ts';
import type {
  AnswerValue,
  CardSortQuestion,
  CardSortValue,
  Column,
  Question,
  TableQuestion,
  TableRow,
} from './question-schema.ts';

export type ValidationMode = 'final' | 'draft';

export type AnswerCheck = { ok: true; value: AnswerValue | undefined } | { ok: false; errors: AnswerError[] };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** True when a raw value carries no answer (nothing typed, nothing chosen, nothing sorted). */
export function isEmptyAnswer(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim().length === 0;
  if (Array.isArray(value)) return value.length === 0;
  if (isRecord(value) && isRecord(value.piles)) {
    const piles = Object.values(value.piles);
    return (
      piles.every((p) => Array.isArray(p) && p.length === 0) && (!Array.isArray(value.top) || value.top.length === 0)
    );
  }
  return false;
}

function firstDuplicate(values: readonly string[]): string | undefined {
  const seen = new Set<string>();
  for (const v of values) {
    if (seen.has(v)) return v;
    seen.add(v);
  }
  return undefined;
}

function checkText(
  q: { id: string; minLength: number; maxLength: number },
  value: unknown,
  mode: ValidationMode,
): AnswerError[] {
  if (typeof value !== 'string') return [answerError('wrong_type', q.id)];
  if (value.length > q.maxLength) return [answerError('text_too_long', q.id, { max: q.maxLength })];
  if (mode === 'final' && value.trim().length < q.minLength)
    return [answerError('text_too_short', q.id, { min: q.minLength })];
  return [];
}

function checkScale(id: string, min: number, max: number, value: unknown, path?: (string | number)[]): AnswerError[] {
  if (typeof value !== 'number' || !Number.isFinite(value)) return [answerError('wrong_type', id, undefined, path)];
  if (!Number.isInteger(value)) return [answerError('scale_not_integer', id, undefined, path)];
  if (value < min || value > max) return [answerError('scale_out_of_range', id, { min, max }, path)];
  return [];
}

function checkCardSort(q: CardSortQuestion, value: unknown, mode: ValidationMode): AnswerError[] {
  if (!isRecord(value) || !isRecord(value.piles)) return [answerError('wrong_type', q.id)];
  const errors: AnswerError[] = [];
  const label = (id: string) => q.cards.find((c) => c.id === id)?.label ?? id;
  const placedIn = new Map<string, string>();
  for (const [pileId, cards] of Object.entries(value.piles)) {
    if (!q.piles.some((p) => p.id === pileId)) {
      errors.push(answerError('pile_unknown', q.id, { pile: pileId }, [pileId]));
      continue;
    }
    if (!isStringArray(cards)) {
      errors.push(answerError('wrong_type', q.id, undefined, [pileId]));
      continue;
    }
    for (const card of cards) {
      if (!q.cards.some((c) => c.id === card)) {
        errors.push(answerError('card_unknown', q.id, { card }, [pileId, card]));
        continue;
      }
      const previous = placedIn.get(card);
      if (previous === undefined) placedIn.set(card, pileId);
      else if (previous === pileId)
        errors.push(answerError('card_duplicate', q.id, { card: label(card) }, [pileId, card]));
      else errors.push(answerError('card_in_two_piles', q.id, { card: label(card) }, [pileId, card]));
    }
  }
  if (mode === 'final' && errors.length === 0) {
    const unsorted = q.cards.length - placedIn.size;
    if (unsorted > 0) errors.push(answerError('card_unsorted', q.id, { count: unsorted }));
  }
  const top = value.top;
  if (top !== undefined) {
    if (!q.top || !isStringArray(top)) return [...errors, answerError('wrong_type', q.id, undefined, ['top'])];
    const from = q.top.fromPiles;
    const pileNames = from.map((p) => q.piles.find((x) => x.id === p)?.label ?? p).join(' » ou « ');
    const dup = firstDuplicate(top);
    if (dup !== undefined) errors.push(answerError('top_duplicate', q.id, { card: label(dup) }, ['top', dup]));
    for (const card of top) {
      const pile = placedIn.get(card);
      if (pile === undefined || !from.includes(pile)) {
        errors.push(answerError('top_not_in_pile', q.id, { card: label(card), piles: pileNames }, ['top', card]));
      }
    }
    const eligible = [...placedIn.values()].filter((p) => from.includes(p)).length;
    const expected = Math.min(q.top.count, eligible);
    if (top.length > q.top.count || (mode === 'final' && top.length !== expected)) {
      errors.push(answerError('top_wrong_count', q.id, { count: expected }, ['top']));
    }
  } else if (mode === 'final' && q.top && errors.length === 0) {
    const eligible = [...placedIn.values()].filter((p) => q.top?.fromPiles.includes(p)).length;
    if (Math.min(q.top.count, eligible) > 0)
      errors.push(answerError('top_wrong_count', q.id, { count: Math.min(q.top.count, eligible) }, ['top']));
  }
  return errors;
}

function checkCell(q: TableQuestion, col: Column, cell: unknown, row: number): AnswerError[] {
  const path = [row, col.id];
  const params = { row: row + 1, column: col.label };
  const invalid = [answerError('table_cell_invalid', q.id, params, path)];
  switch (col.type) {
    case 'short_text':
    case 'long_text':
      return typeof cell === 'string' && cell.length <= col.maxLength ? [] : invalid;
    case 'year':
      return typeof cell === 'number' && Number.isInteger(cell) && cell >= 1900 && cell <= 2200 ? [] : invalid;
    case 'number':
      return typeof cell === 'number' &&
        Number.isFinite(cell) &&
        (col.min === undefined || cell >= col.min) &&
        (col.max === undefined || cell <= col.max)
        ? []
        : invalid;
    case 'scale':
      return checkScale(q.id, col.min, col.max, cell, path).length === 0 ? [] : invalid;
    case 'single_choice':
      return typeof cell === 'string' && col.options.some((o) => o.value === cell) ? [] : invalid;
  }
}

function checkTable(
  q: TableQuestion,
  value: unknown,
  mode: ValidationMode,
): { errors: AnswerError[]; rows: TableRow[] } {
  if (!Array.isArray(value) || !value.every(isRecord)) return { errors: [answerError('wrong_type', q.id)], rows: [] };
  const errors: AnswerError[] = [];
  const rows: TableRow[] = [];
  value.forEach((raw, index) => {
    const row: TableRow = {};
    for (const [key, cell] of Object.entries(raw)) {
      const col = q.columns.find((c) => c.id === key);
      if (!col) {
        errors.push(answerError('table_unknown_column', q.id, { column: key }, [index, key]));
        continue;
      }
      if (isEmptyAnswer(cell)) continue;
      const cellErrors = checkCell(q, col, cell, index);
      errors.push(...cellErrors);
      if (cellErrors.length === 0) row[key] = cell as string | number;
    }
    const emptyRow = Object.keys(row).length === 0 && Object.values(raw).every(isEmptyAnswer);
    if (mode === 'final' && emptyRow) return;
    if (mode === 'final') {
      for (const col of q.columns) {
        if (
          col.required &&
          row[col.id] === undefined &&
          !errors.some((e) => e.path?.[0] === index && e.path[1] === col.id)
        ) {
          errors.push(answerError('table_cell_required', q.id, { row: index + 1, column: col.label }, [index, col.id]));
        }
      }
    }
    rows.push(row);
  });
  if (rows.length > q.maxRows) errors.push(answerError('table_too_many_rows', q.id, { max: q.maxRows }));
  if (mode === 'final' && rows.length > 0 && rows.length < q.minRows)
    errors.push(answerError('table_too_few_rows', q.id, { min: q.minRows }));
  return { errors, rows };
}

/**
 * Checks a raw value against its question. An empty value is valid unless the question is
 * required and the mode is `final`. On success, returns the cleaned value (empty table rows and
 * cells removed) or `undefined` for an empty answer.
 */
export function validateAnswer(question: Question, value: unknown, mode: ValidationMode = 'final'): AnswerCheck {
  if (isEmptyAnswer(value)) {
    return mode === 'final' && question.required
      ? { ok: false, errors: [answerError('required', question.id)] }
      : { ok: true, value: undefined };
  }
  let errors: AnswerError[] = [];
  let cleaned: AnswerValue | undefined = value as AnswerValue;
  const q = question;
  switch (q.type) {
    case 'long_text':
    case 'short_text':
      errors = checkText(q, value, mode);
      break;
    case 'scale':
      errors = checkScale(q.id, q.min, q.max, value);
      break;
    case 'single_choice':
      if (typeof value !== 'string') errors = [answerError('wrong_type', q.id)];
      else if (!q.options.some((o) => o.value === value)) errors = [answerError('choice_unknown', q.id, { value })];
      break;
    case 'multiple_choice': {
      if (!isStringArray(value)) {
        errors = [answerError('wrong_type', q.id)];
        break;
      }
      const unknown = value.filter((v) => !q.options.some((o) => o.value === v));
      errors = unknown.map((v) => answerError('choice_unknown', q.id, { value: v }, [v]));
      if (firstDuplicate(value) !== undefined) errors.push(answerError('choice_duplicate', q.id));
      const max = q.maxSelections ?? q.options.length;
      if (value.length > max) errors.push(answerError('choice_too_many', q.id, { max }));
      if (mode === 'final' && value.length < q.minSelections)
        errors.push(answerError('choice_too_few', q.id, { min: q.minSelections }));
      break;
    }
    case 'ranking': {
      if (!isStringArray(value)) {
        errors = [answerError('wrong_type', q.id)];
        break;
      }
      const count = q.rankCount ?? q.items.length;
      errors = value
        .filter((v) => !q.items.some((i) => i.value === v))
        .map((v) => answerError('ranking_unknown_item', q.id, { value: v }, [v]));
      const dup = firstDuplicate(value);
      if (dup !== undefined) errors.push(answerError('ranking_duplicate', q.id, { value: dup }, [dup]));
      if (value.length > count || (mode === 'final' && value.length !== count))
        errors.push(answerError('ranking_incomplete', q.id, { count }));
      break;
    }
    case 'card_sort': {
      errors = checkCardSort(q, value, mode);
      if (errors.length === 0) {
        const v = value as CardSortValue;
        cleaned = v.top === undefined ? { piles: v.piles } : { piles: v.piles, top: v.top };
      }
      break;
    }
    case 'table': {
      const result = checkTable(q, value, mode);
      errors = result.errors;
      cleaned = result.rows;
      if (errors.length === 0 && result.rows.length === 0) {
        return mode === 'final' && q.required
          ? { ok: false, errors: [answerError('required', q.id)] }
          : { ok: true, value: undefined };
      }
      break;
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: cleaned };
}
