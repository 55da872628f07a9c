/**
 * Names and labels of the editor's fields, and where a server error goes.
 *
 * Every field has a name made of the stable keys of what it edits (`q-<key>-options-<key>`), so
 * an error stays on its field while questions move; its label says its position (« Option 2 de
 * la question 3 »), the same words in the field's label and in the error summary. The service
 * answers with zod paths of the definition sent (`sections.0.questions.2.options.1.label`):
 * `locate` turns one into the deepest field the editor shows for it.
 */
import {
  numbered,
  scaleAnchors,
  type Draft,
  type DraftColumn,
  type DraftItem,
  type DraftQuestion,
  type DraftSection,
} from './draft.ts';

export type ListName = 'options' | 'items' | 'cards' | 'piles';

/** What one item of each list is called: « Option 2 », « Élément 2 »… and the list itself. */
export const LIST_WORDS: Record<ListName, { one: string; all: string; add: string; feminine: boolean }> = {
  options: { one: 'Option', all: 'Options', add: 'Ajouter une option', feminine: true },
  items: { one: 'Élément', all: 'Éléments à classer', add: 'Ajouter un élément', feminine: false },
  cards: { one: 'Carte', all: 'Cartes', add: 'Ajouter une carte', feminine: true },
  piles: { one: 'Pile', all: 'Piles', add: 'Ajouter une pile', feminine: true },
};

export const names = {
  section: (s: DraftSection, field: 'title' | 'intro' | 'questions' | 'heading') => `s-${s.key}-${field}`,
  question: (q: DraftQuestion) => `q-${q.key}`,
  field: (q: DraftQuestion, field: string) => `q-${q.key}-${field}`,
  list: (q: DraftQuestion, list: ListName) => `q-${q.key}-${list}`,
  item: (q: DraftQuestion, list: ListName, i: DraftItem, description = false) =>
    `q-${q.key}-${list}-${i.key}${description ? '-description' : ''}`,
  points: (owner: string) => `${owner}-points`,
  point: (owner: string, value: number) => `${owner}-point-${value}`,
  column: (q: DraftQuestion, c: DraftColumn, field: string) => `q-${q.key}-c-${c.key}-${field}`,
  columnOwner: (q: DraftQuestion, c: DraftColumn) => `q-${q.key}-c-${c.key}`,
  columnOption: (q: DraftQuestion, c: DraftColumn, o: DraftItem) => `q-${q.key}-c-${c.key}-options-${o.key}`,
};

const QUESTION_FIELDS: Record<string, (n: number) => string> = {
  label: (n) => `Libellé de la question ${n}`,
  help: (n) => `Aide de la question ${n}`,
  maxLength: (n) => `Nombre maximal de caractères (question ${n})`,
  min: (n) => `Valeur minimale de l’échelle (question ${n})`,
  max: (n) => `Valeur maximale de l’échelle (question ${n})`,
  minSelections: (n) => `Nombre minimal de choix (question ${n})`,
  maxSelections: (n) => `Nombre maximal de choix (question ${n})`,
  rankCount: (n) => `Nombre de rangs à remplir (question ${n})`,
  minRows: (n) => `Nombre minimal de lignes (question ${n})`,
  maxRows: (n) => `Nombre maximal de lignes (question ${n})`,
  addRowLabel: (n) => `Libellé du bouton d’ajout de ligne (question ${n})`,
  showIf: (n) => `Condition d’affichage (question ${n})`,
  'top-count': (n) => `Nombre de cartes à classer par ordre d’importance (question ${n})`,
  'top-label': (n) => `Consigne du classement (question ${n})`,
  'top-fromPiles': (n) => `Piles dont viennent les cartes classées (question ${n})`,
};

export const labels = {
  question: (n: number) => `Question ${n}`,
  field: (field: string, n: number) => (QUESTION_FIELDS[field] ?? ((k: number) => `Question ${k}`))(n),
  list: (list: ListName, n: number) => `${LIST_WORDS[list].all} (question ${n})`,
  item: (list: ListName, k: number, n: number) => `${LIST_WORDS[list].one} ${k} de la question ${n}`,
  itemDescription: (list: ListName, k: number, n: number) =>
    `Description de la ${LIST_WORDS[list].one.toLowerCase()} ${k} (question ${n})`,
  points: (where: string) => `Libellés des points de l’échelle (${where})`,
  point: (value: number, where: string) => `Libellé du point ${value} (${where})`,
  columns: (n: number) => `Colonnes (question ${n})`,
  column: (field: 'label' | 'type' | 'maxLength' | 'min' | 'max' | 'options' | 'required', k: number, n: number) =>
    ({
      label: `Titre de la colonne ${k} (question ${n})`,
      type: `Type de réponse de la colonne ${k} (question ${n})`,
      maxLength: `Nombre maximal de caractères (colonne ${k}, question ${n})`,
      min: `Valeur minimale (colonne ${k}, question ${n})`,
      max: `Valeur maximale (colonne ${k}, question ${n})`,
      options: `Options (colonne ${k}, question ${n})`,
      required: `Réponse obligatoire dans chaque ligne (colonne ${k}, question ${n})`,
    })[field],
  columnOption: (j: number, k: number, n: number) => `Option ${j} de la colonne ${k} (question ${n})`,
  sectionTitle: (s: number) => `Titre de la section ${s}`,
  sectionIntro: (s: number) => `Introduction de la section ${s}`,
  sectionQuestions: (s: number) => `Questions de la section ${s}`,
};

export const TOP_FIELDS = {
  title: 'Titre du cahier',
  intro: 'Introduction',
  estimatedMinutes: 'Durée estimée, en minutes',
  sections: 'Sections',
} as const;

interface Target {
  name: string;
  label: string;
}

const LIST_PATHS: Record<string, ListName> = { options: 'options', items: 'items', cards: 'cards', piles: 'piles' };
const SCALE_LIKE = new Set(['min', 'max']);

function locateColumn(q: DraftQuestion, n: number, c: DraftColumn, k: number, rest: string[]): Target {
  const [field, index] = rest;
  const owner = names.columnOwner(q, c);
  if (field === 'anchors') {
    const where = `colonne ${k}, question ${n}`;
    const value = index === undefined ? undefined : scaleAnchors(c.min, c.max, c.points)[Number(index)]?.value;
    return value === undefined
      ? { name: names.points(owner), label: labels.points(where) }
      : { name: names.point(owner, value), label: labels.point(value, where) };
  }
  if (field === 'options') {
    const option = index === undefined ? undefined : c.options[Number(index)];
    return option
      ? { name: names.columnOption(q, c, option), label: labels.columnOption(Number(index) + 1, k, n) }
      : { name: names.column(q, c, 'options'), label: labels.column('options', k, n) };
  }
  if (
    field === 'type' ||
    field === 'maxLength' ||
    (field && SCALE_LIKE.has(field) && (c.type === 'scale' || c.type === 'number'))
  ) {
    return { name: names.column(q, c, field), label: labels.column(field as 'type', k, n) };
  }
  return { name: names.column(q, c, 'label'), label: labels.column('label', k, n) };
}

function locateInQuestion(q: DraftQuestion, n: number, rest: string[]): Target {
  const [field, index, sub] = rest;
  const whole = { name: names.question(q), label: labels.question(n) };
  if (field === undefined) return whole;
  const list = LIST_PATHS[field];
  if (list && list in q) {
    const items = (q as unknown as Record<ListName, DraftItem[]>)[list];
    const it = index === undefined ? undefined : items[Number(index)];
    if (!it) return { name: names.list(q, list), label: labels.list(list, n) };
    const k = Number(index) + 1;
    return sub === 'description' && (list === 'cards' || list === 'piles')
      ? { name: names.item(q, list, it, true), label: labels.itemDescription(list, k, n) }
      : { name: names.item(q, list, it), label: labels.item(list, k, n) };
  }
  if (field === 'anchors' && q.type === 'scale') {
    const where = `question ${n}`;
    const value = index === undefined ? undefined : scaleAnchors(q.min, q.max, q.points)[Number(index)]?.value;
    return value === undefined
      ? { name: names.points(names.question(q)), label: labels.points(where) }
      : { name: names.point(names.question(q), value), label: labels.point(value, where) };
  }
  if (field === 'columns' && q.type === 'table') {
    const c = index === undefined ? undefined : q.columns[Number(index)];
    return c
      ? locateColumn(q, n, c, Number(index) + 1, rest.slice(2))
      : { name: names.field(q, 'columns'), label: labels.columns(n) };
  }
  if (field === 'top' && q.type === 'card_sort' && q.top) {
    const part = index === 'count' || index === 'label' ? index : 'fromPiles';
    return { name: names.field(q, `top-${part}`), label: labels.field(`top-${part}`, n) };
  }
  const shown: Record<DraftQuestion['type'], string[]> = {
    long_text: ['maxLength'],
    short_text: ['maxLength'],
    scale: ['min', 'max'],
    single_choice: [],
    multiple_choice: ['minSelections', 'maxSelections'],
    ranking: ['rankCount'],
    card_sort: [],
    table: ['minRows', 'maxRows', 'addRowLabel'],
  };
  if (field === 'label' || field === 'help' || shown[q.type].includes(field))
    return { name: names.field(q, field), label: labels.field(field, n) };
  if (field === 'showIf' && q.showIf) return { name: names.field(q, 'showIf'), label: labels.field('showIf', n) };
  return whole;
}

/** The field a server error path belongs to, in the draft as it was sent. */
export function locate(path: string, draft: Draft): Target {
  const parts = path.split('.');
  const [head, sectionIndex, field, questionIndex] = parts;
  if (head === 'title' || head === 'intro' || head === 'estimatedMinutes')
    return { name: head, label: TOP_FIELDS[head] };
  const section = head === 'sections' && sectionIndex !== undefined ? draft.sections[Number(sectionIndex)] : undefined;
  if (!section) return { name: 'sections', label: TOP_FIELDS.sections };
  const s = Number(sectionIndex) + 1;
  if (field === 'intro') return { name: names.section(section, 'intro'), label: labels.sectionIntro(s) };
  if (field !== 'questions') return { name: names.section(section, 'title'), label: labels.sectionTitle(s) };
  const question = questionIndex === undefined ? undefined : section.questions[Number(questionIndex)];
  if (!question) return { name: names.section(section, 'questions'), label: labels.sectionQuestions(s) };
  const n = numbered(draft).find((e) => e.question.key === question.key)?.number ?? 0;
  return locateInQuestion(question, n, parts.slice(4));
}

/** Server errors (by path) as editor errors (by field name), with the labels of the summary. */
export function errorsForDraft(
  fields: Record<string, string>,
  draft: Draft,
): { fields: Record<string, string>; labels: Record<string, string> } {
  const out: Record<string, string> = {};
  const outLabels: Record<string, string> = {};
  for (const [path, message] of Object.entries(fields)) {
    const target = locate(path, draft);
    if (out[target.name]) continue;
    out[target.name] = message;
    outLabels[target.name] = target.label;
  }
  return { fields: out, labels: outLabels };
}
