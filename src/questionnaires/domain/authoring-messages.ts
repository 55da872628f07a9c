/**
 * French messages for the author of a definition (a consultant editing a worksheet): the engine's
 * structural checks (empty label, too few options, not a number…) named by the field they are
 * about, keyed by the zod path (`sections.0.questions.2.options`) so that an editor can put each
 * message next to its field. Integrity problems (ends of a scale, duplicates, conditions) already
 * carry their own French message and path (definition-schema.ts).
 */
import type { z } from 'zod';
import { QuestionnaireDefinitionSchema, type QuestionnaireDefinition } from './definition-schema.ts';

type Path = readonly PropertyKey[];

/** The list an item belongs to (`anchors` for `anchors.0.label`), or `question`, `section`, `root`. */
function ownerOf(path: Path): string {
  // Drop the field itself, then look at what holds it.
  const rest = path.slice(0, -1);
  const last = rest[rest.length - 1];
  if (rest.length === 0) return 'root';
  if (typeof last === 'number') {
    const list = rest[rest.length - 2];
    if (list === 'questions') return 'question';
    if (list === 'sections') return 'section';
    return String(list);
  }
  return String(last);
}

const EMPTY_LABEL: Record<string, string> = {
  question: 'Écrivez le libellé de la question.',
  anchors: 'Écrivez le libellé de ce point de l’échelle.',
  options: 'Écrivez le libellé de cette option.',
  items: 'Écrivez le libellé de cet élément à classer.',
  cards: 'Écrivez le libellé de cette carte.',
  piles: 'Écrivez le nom de cette pile.',
  columns: 'Écrivez le titre de cette colonne.',
  top: 'Écrivez la consigne du classement.',
};

const TOO_FEW: Record<string, string> = {
  sections: 'Ajoutez au moins une section.',
  questions: 'Ajoutez au moins une question à cette section.',
  options: 'Proposez au moins deux options.',
  items: 'Proposez au moins deux éléments à classer.',
  cards: 'Proposez au moins deux cartes.',
  piles: 'Proposez au moins deux piles.',
  anchors: 'Libellez au moins les deux extrémités de l’échelle.',
  columns: 'Ajoutez au moins une colonne.',
  fromPiles: 'Choisissez au moins une pile pour le classement.',
};

function emptyText(field: string, owner: string): string {
  switch (field) {
    case 'title':
      return owner === 'section' ? 'Donnez un titre à la section.' : 'Donnez un titre au cahier.';
    case 'intro':
      return owner === 'section'
        ? 'Écrivez l’introduction de la section, ou videz le champ.'
        : 'Écrivez quelques mots d’introduction pour la ou le bénéficiaire.';
    case 'label':
      return EMPTY_LABEL[owner] ?? 'Écrivez un libellé.';
    case 'help':
      return 'Écrivez l’aide, ou videz le champ.';
    case 'description':
      return 'Écrivez la description, ou videz le champ.';
    case 'addRowLabel':
      return 'Écrivez le libellé du bouton qui ajoute une ligne.';
    default:
      return 'Ce texte ne peut pas être vide.';
  }
}

/** zod error map (per parse): the French message of a structural problem, by field. */
export const authoringErrorMap: z.core.$ZodErrorMap = (issue) => {
  const path = issue.path ?? [];
  const field = String([...path].reverse().find((p) => typeof p === 'string') ?? '');
  const owner = ownerOf(path.filter((p, i) => !(i === path.length - 1 && typeof p === 'number')));
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') return emptyText(field, owner);
      if (issue.origin === 'array') return TOO_FEW[field] ?? `Ajoutez au moins ${String(issue.minimum)} éléments.`;
      if (field === 'maxLength') return 'Indiquez un nombre de caractères supérieur à zéro.';
      return Number(issue.minimum) === 0 && issue.inclusive
        ? 'Indiquez un nombre entier positif ou nul.'
        : 'Indiquez un nombre entier supérieur à zéro.';
    case 'too_big':
      return `Indiquez un nombre inférieur ou égal à ${String(issue.maximum)}.`;
    case 'invalid_type':
      if (issue.expected === 'number' || issue.expected === 'int') return 'Indiquez un nombre entier.';
      if (issue.expected === 'string') return emptyText(field, owner);
      if (issue.expected === 'array') return TOO_FEW[field] ?? 'Cette liste est manquante.';
      return 'Cette valeur est manquante ou invalide.';
    case 'invalid_union':
    case 'invalid_value':
      return field === 'showIf' ? 'Cette condition d’affichage n’est pas valide.' : 'Cette valeur n’est pas acceptée.';
    default:
      return 'Cette valeur n’est pas valide.';
  }
};

export const MAX_TITLE_LENGTH = 200;

export type DefinitionCheck =
  { ok: true; definition: QuestionnaireDefinition } | { ok: false; fields: Record<string, string> };

/**
 * Checks a definition written by a consultant: the engine's schema and integrity rules, with
 * French messages keyed by path (the first problem of each field). Nothing else is changed.
 */
export function checkAuthoredDefinition(input: unknown): DefinitionCheck {
  const parsed = QuestionnaireDefinitionSchema.safeParse(input, { error: authoringErrorMap });
  const fields: Record<string, string> = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) fields[issue.path.map(String).join('.') || 'definition'] ??= issue.message;
    return { ok: false, fields };
  }
  if (parsed.data.title.length > MAX_TITLE_LENGTH)
    return { ok: false, fields: { title: `Le titre ne peut pas dépasser ${MAX_TITLE_LENGTH} caractères.` } };
  return { ok: true, definition: parsed.data };
}
