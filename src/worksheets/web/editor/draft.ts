/**
 * The worksheet editor's working copy (pure, no React): a definition turned into editable
 * strings with a stable `key` per item (React keys, error targets, focus), and back.
 *
 * Identifiers: an item read from a saved version keeps its id forever (answers are stored under
 * it); a new item gets one only when it is saved, made from its label by the engine's slug rule
 * (`withIds`). Numbers stay text while typed; a value that is not a whole number is sent as is,
 * so that the engine's French message lands on that field.
 */
import {
  MAX_SCALE_POINTS,
  slugFromLabel,
  uniqueSlug,
  type Question,
  type QuestionType,
  type QuestionnaireDefinition,
} from '../../../questionnaires/contracts/schemas.ts';

export type Condition = NonNullable<Question['showIf']>;
type Column = Extract<Question, { type: 'table' }>['columns'][number];
export type ColumnType = Column['type'];

/** An option, a ranking item, a card or a pile: `id` is the option's value or the card's id. */
export interface DraftItem {
  key: string;
  id: string | null;
  label: string;
  description: string;
}

/** Labels of a scale's points, by value ('1' → 'Pas du tout'); only the ends are required. */
export type Points = Record<string, string>;

export interface DraftColumn {
  key: string;
  id: string | null;
  label: string;
  type: ColumnType;
  required: boolean;
  maxLength: string;
  min: string;
  max: string;
  points: Points;
  options: DraftItem[];
}

export interface DraftTop {
  count: string;
  /** Keys of the piles the ranked cards come from. */
  fromPiles: string[];
  label: string;
}

interface Base {
  key: string;
  id: string | null;
  label: string;
  help: string;
  required: boolean;
  /** Kept as authored; the editor shows it and can remove it, not rewrite it. */
  showIf: Condition | null;
}

export type DraftQuestion =
  | (Base & { type: 'long_text' | 'short_text'; minLength: string; maxLength: string })
  | (Base & { type: 'scale'; min: string; max: string; points: Points })
  | (Base & { type: 'single_choice'; options: DraftItem[] })
  | (Base & { type: 'multiple_choice'; options: DraftItem[]; minSelections: string; maxSelections: string })
  | (Base & { type: 'ranking'; items: DraftItem[]; rankCount: string })
  | (Base & { type: 'card_sort'; cards: DraftItem[]; piles: DraftItem[]; top: DraftTop | null })
  | (Base & { type: 'table'; columns: DraftColumn[]; minRows: string; maxRows: string; addRowLabel: string });

export interface DraftSection {
  key: string;
  id: string | null;
  title: string;
  intro: string;
  questions: DraftQuestion[];
}

export interface Draft {
  title: string;
  intro: string;
  estimatedMinutes: string;
  sections: DraftSection[];
}

let counter = 0;
const prefix = Math.random().toString(36).slice(2, 8);
/** A key unique in this draft, also across reloads (drafts are kept in localStorage). */
export function newKey(): string {
  counter += 1;
  return `${prefix}${counter.toString(36)}`;
}

const text = (n: number | undefined) => (n === undefined ? '' : String(n));

const item = (id: string, label: string, description?: string): DraftItem => ({
  key: newKey(),
  id,
  label,
  description: description ?? '',
});

function pointsOf(anchors: readonly { value: number; label: string }[]): Points {
  return Object.fromEntries(anchors.map((a) => [String(a.value), a.label]));
}

function columnFrom(c: Column): DraftColumn {
  return {
    key: newKey(),
    id: c.id,
    label: c.label,
    type: c.type,
    required: c.required,
    maxLength: c.type === 'short_text' || c.type === 'long_text' ? String(c.maxLength) : '',
    min: c.type === 'scale' || c.type === 'number' ? text(c.min) : '',
    max: c.type === 'scale' || c.type === 'number' ? text(c.max) : '',
    points: c.type === 'scale' ? pointsOf(c.anchors) : {},
    options: c.type === 'single_choice' ? c.options.map((o) => item(o.value, o.label)) : [],
  };
}

function questionFrom(q: Question): DraftQuestion {
  const base: Base = {
    key: newKey(),
    id: q.id,
    label: q.label,
    help: q.help ?? '',
    required: q.required,
    showIf: q.showIf ?? null,
  };
  switch (q.type) {
    case 'long_text':
    case 'short_text':
      return { ...base, type: q.type, minLength: String(q.minLength), maxLength: String(q.maxLength) };
    case 'scale':
      return { ...base, type: 'scale', min: String(q.min), max: String(q.max), points: pointsOf(q.anchors) };
    case 'single_choice':
      return { ...base, type: 'single_choice', options: q.options.map((o) => item(o.value, o.label)) };
    case 'multiple_choice':
      return {
        ...base,
        type: 'multiple_choice',
        options: q.options.map((o) => item(o.value, o.label)),
        minSelections: String(q.minSelections),
        maxSelections: text(q.maxSelections),
      };
    case 'ranking':
      return {
        ...base,
        type: 'ranking',
        items: q.items.map((o) => item(o.value, o.label)),
        rankCount: text(q.rankCount),
      };
    case 'card_sort': {
      const piles = q.piles.map((p) => item(p.id, p.label, p.description));
      const top = q.top
        ? {
            count: String(q.top.count),
            label: q.top.label,
            fromPiles: q.top.fromPiles
              .map((id) => piles.find((p) => p.id === id)?.key)
              .filter((k): k is string => k !== undefined),
          }
        : null;
      return { ...base, type: 'card_sort', cards: q.cards.map((c) => item(c.id, c.label, c.description)), piles, top };
    }
    case 'table':
      return {
        ...base,
        type: 'table',
        columns: q.columns.map(columnFrom),
        minRows: String(q.minRows),
        maxRows: String(q.maxRows),
        addRowLabel: q.addRowLabel,
      };
  }
}

/** The editable copy of a saved definition. */
export function draftFrom(definition: QuestionnaireDefinition): Draft {
  return {
    title: definition.title,
    intro: definition.intro,
    estimatedMinutes: text(definition.estimatedMinutes),
    sections: definition.sections.map((s) => ({
      key: newKey(),
      id: s.id,
      title: s.title,
      intro: s.intro ?? '',
      questions: s.questions.map(questionFrom),
    })),
  };
}

/** A new, empty item of a list (option, element, card, pile). */
export const newItem = (): DraftItem => ({ key: newKey(), id: null, label: '', description: '' });

const emptyItems = (): DraftItem[] => [newItem(), newItem()];

export function newColumn(type: ColumnType = 'short_text'): DraftColumn {
  return {
    key: newKey(),
    id: null,
    label: '',
    type,
    required: false,
    maxLength: type === 'long_text' ? '4000' : '200',
    min: type === 'scale' ? '1' : '',
    max: type === 'scale' ? '5' : '',
    points: {},
    options: type === 'single_choice' ? emptyItems() : [],
  };
}

/** A new question of a type, with the engine's defaults shown. */
export function newQuestion(type: QuestionType): DraftQuestion {
  const base: Base = { key: newKey(), id: null, label: '', help: '', required: true, showIf: null };
  switch (type) {
    case 'long_text':
      return { ...base, type, minLength: '0', maxLength: '10000' };
    case 'short_text':
      return { ...base, type, minLength: '0', maxLength: '200' };
    case 'scale':
      return { ...base, type, min: '1', max: '5', points: {} };
    case 'single_choice':
      return { ...base, type, options: emptyItems() };
    case 'multiple_choice':
      return { ...base, type, options: emptyItems(), minSelections: '0', maxSelections: '' };
    case 'ranking':
      return { ...base, type, items: emptyItems(), rankCount: '' };
    case 'card_sort':
      return { ...base, type, cards: emptyItems(), piles: emptyItems(), top: null };
    case 'table':
      return { ...base, type, columns: [newColumn()], minRows: '0', maxRows: '50', addRowLabel: 'Ajouter une ligne' };
  }
}

export const newSection = (): DraftSection => ({ key: newKey(), id: null, title: '', intro: '', questions: [] });

// ——— Back to a definition ———

/** A whole number typed in a field; anything else is sent as typed so the engine names the field. */
export function wholeNumber(value: string): number | string | undefined {
  const v = value.trim();
  if (v === '') return undefined;
  if (/^[+-]?\d+$/.test(v)) return Number(v);
  if (/^[+-]?\d+[.,]\d+$/.test(v)) return Number(v.replace(',', '.'));
  return v;
}

const optional = (value: string) => (value.trim() === '' ? undefined : value);

/** The scale's range when both ends are whole numbers in order and not too far apart. */
export function scaleRange(min: string, max: string): { min: number; max: number } | null {
  const lo = wholeNumber(min);
  const hi = wholeNumber(max);
  if (typeof lo !== 'number' || typeof hi !== 'number' || !Number.isInteger(lo) || !Number.isInteger(hi)) return null;
  if (lo >= hi || hi - lo + 1 > MAX_SCALE_POINTS) return null;
  return { min: lo, max: hi };
}

/** The anchors sent for a scale: both ends always (a missing label is then named), labelled points between. */
export function scaleAnchors(min: string, max: string, points: Points): { value: number; label: string }[] {
  const range = scaleRange(min, max);
  if (!range) return [];
  const out: { value: number; label: string }[] = [];
  for (let v = range.min; v <= range.max; v += 1) {
    const label = points[String(v)] ?? '';
    if (v === range.min || v === range.max || label.trim() !== '') out.push({ value: v, label });
  }
  return out;
}

const options = (list: DraftItem[]) => list.map((o) => ({ value: o.id ?? '', label: o.label }));
const cards = (list: DraftItem[]) =>
  list.map((c) => ({ id: c.id ?? '', label: c.label, description: optional(c.description) }));

function columnOut(c: DraftColumn): Record<string, unknown> {
  const common = { id: c.id ?? '', label: c.label, type: c.type, required: c.required };
  switch (c.type) {
    case 'short_text':
    case 'long_text':
      return { ...common, maxLength: wholeNumber(c.maxLength) };
    case 'year':
      return common;
    case 'number':
      return { ...common, min: wholeNumber(c.min), max: wholeNumber(c.max) };
    case 'scale':
      return {
        ...common,
        min: wholeNumber(c.min),
        max: wholeNumber(c.max),
        anchors: scaleAnchors(c.min, c.max, c.points),
      };
    case 'single_choice':
      return { ...common, options: options(c.options) };
  }
}

function questionOut(q: DraftQuestion): Record<string, unknown> {
  const common = {
    id: q.id ?? '',
    type: q.type,
    label: q.label,
    help: optional(q.help),
    required: q.required,
    showIf: q.showIf ?? undefined,
  };
  switch (q.type) {
    case 'long_text':
    case 'short_text':
      return { ...common, minLength: wholeNumber(q.minLength), maxLength: wholeNumber(q.maxLength) };
    case 'scale':
      return {
        ...common,
        min: wholeNumber(q.min),
        max: wholeNumber(q.max),
        anchors: scaleAnchors(q.min, q.max, q.points),
      };
    case 'single_choice':
      return { ...common, options: options(q.options) };
    case 'multiple_choice':
      return {
        ...common,
        options: options(q.options),
        minSelections: wholeNumber(q.minSelections),
        maxSelections: wholeNumber(q.maxSelections),
      };
    case 'ranking':
      return { ...common, items: options(q.items), rankCount: wholeNumber(q.rankCount) };
    case 'card_sort': {
      const top = q.top
        ? {
            count: wholeNumber(q.top.count),
            label: q.top.label,
            fromPiles: q.top.fromPiles
              .map((k) => q.piles.find((p) => p.key === k)?.id)
              .filter((id): id is string => Boolean(id)),
          }
        : undefined;
      return { ...common, cards: cards(q.cards), piles: cards(q.piles), top };
    }
    case 'table':
      return {
        ...common,
        columns: q.columns.map(columnOut),
        minRows: wholeNumber(q.minRows),
        maxRows: wholeNumber(q.maxRows),
        addRowLabel: q.addRowLabel,
      };
  }
}

/** Names new items from their labels, unique where the engine needs it; saved ids never change. */
function nameItems<T extends { id: string | null }>(
  list: T[],
  labelOf: (item: T) => string,
  fallback: string,
  taken: Set<string>,
): T[] {
  for (const i of list) if (i.id) taken.add(i.id);
  return list.map((i) => {
    if (i.id) return i;
    const id = uniqueSlug(slugFromLabel(labelOf(i), fallback), taken);
    taken.add(id);
    return { ...i, id };
  });
}

function questionWithIds(q: DraftQuestion): DraftQuestion {
  const label = (i: DraftItem) => i.label;
  switch (q.type) {
    case 'single_choice':
    case 'multiple_choice':
      return { ...q, options: nameItems(q.options, label, 'option', new Set()) };
    case 'ranking':
      return { ...q, items: nameItems(q.items, label, 'element', new Set()) };
    case 'card_sort':
      return {
        ...q,
        cards: nameItems(q.cards, label, 'carte', new Set()),
        piles: nameItems(q.piles, label, 'pile', new Set()),
      };
    case 'table':
      return {
        ...q,
        columns: nameItems(q.columns, (c) => c.label, 'colonne', new Set()).map((c) =>
          c.type === 'single_choice' ? { ...c, options: nameItems(c.options, label, 'option', new Set()) } : c,
        ),
      };
    default:
      return q;
  }
}

/** The draft with an identifier on every section, question, option, card, pile and column. */
export function withIds(draft: Draft): Draft {
  const sections = nameItems(draft.sections, (s) => s.title, 'section', new Set());
  const questionIds = new Set<string>();
  for (const s of sections) for (const q of s.questions) if (q.id) questionIds.add(q.id);
  return {
    ...draft,
    sections: sections.map((s) => ({
      ...s,
      questions: nameItems(s.questions, (q) => q.label, 'question', questionIds).map(questionWithIds),
    })),
  };
}

/** What `POST /api/worksheets/:id` receives as `definition` (ids, version and kind are the server's). */
export function definitionOf(draft: Draft): Record<string, unknown> {
  const named = withIds(draft);
  return JSON.parse(
    JSON.stringify({
      title: named.title,
      intro: named.intro,
      estimatedMinutes: wholeNumber(named.estimatedMinutes),
      sections: named.sections.map((s) => ({
        id: s.id ?? '',
        title: s.title,
        intro: optional(s.intro),
        questions: s.questions.map(questionOut),
      })),
    }),
  ) as Record<string, unknown>;
}

// ——— Questions by position ———

/** Every question with its section and its number in the whole worksheet (1, 2, 3…). */
export function numbered(
  draft: Draft,
): { section: DraftSection; sectionIndex: number; question: DraftQuestion; index: number; number: number }[] {
  const out: { section: DraftSection; sectionIndex: number; question: DraftQuestion; index: number; number: number }[] =
    [];
  draft.sections.forEach((section, sectionIndex) =>
    section.questions.forEach((question, index) =>
      out.push({ section, sectionIndex, question, index, number: out.length + 1 }),
    ),
  );
  return out;
}

/** Moves an element of a list by one place (-1 up, +1 down); the same list when it cannot move. */
export function moved<T>(list: readonly T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta;
  if (target < 0 || target >= list.length) return [...list];
  const next = [...list];
  const [element] = next.splice(index, 1);
  next.splice(target, 0, element!);
  return next;
}

/**
 * After a save: the ids the saved draft gave to new items, carried over to the draft on screen
 * (which may have changed while the save was on its way), matched by key.
 */
export function adoptIds(current: Draft, saved: Draft): Draft {
  const ids = new Map<string, string>();
  const note = (x: { key: string; id: string | null }) => {
    if (x.id) ids.set(x.key, x.id);
  };
  for (const s of saved.sections) {
    note(s);
    for (const q of s.questions) {
      note(q);
      if (q.type === 'single_choice' || q.type === 'multiple_choice') q.options.forEach(note);
      if (q.type === 'ranking') q.items.forEach(note);
      if (q.type === 'card_sort') [...q.cards, ...q.piles].forEach(note);
      if (q.type === 'table') for (const c of q.columns) [c, ...c.options].forEach(note);
    }
  }
  const give = <T extends { key: string; id: string | null }>(x: T): T =>
    x.id ? x : { ...x, id: ids.get(x.key) ?? null };
  const question = (q: DraftQuestion): DraftQuestion => {
    const named = give(q);
    switch (named.type) {
      case 'single_choice':
      case 'multiple_choice':
        return { ...named, options: named.options.map(give) };
      case 'ranking':
        return { ...named, items: named.items.map(give) };
      case 'card_sort':
        return { ...named, cards: named.cards.map(give), piles: named.piles.map(give) };
      case 'table':
        return { ...named, columns: named.columns.map((c) => ({ ...give(c), options: c.options.map(give) })) };
      default:
        return named;
    }
  };
  return { ...current, sections: current.sections.map((s) => ({ ...give(s), questions: s.questions.map(question) })) };
}
