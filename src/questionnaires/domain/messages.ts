/**
 * Stable error codes of the questionnaire engine and their French messages.
 *
 * Codes are the contract (tests, API, logs); messages are what the person reads. A message
 * never blames: it says what is expected.
 */
export const ANSWER_ERROR_CODES = [
  'required',
  'wrong_type',
  'text_too_short',
  'text_too_long',
  'scale_not_integer',
  'scale_out_of_range',
  'choice_unknown',
  'choice_duplicate',
  'choice_too_few',
  'choice_too_many',
  'ranking_unknown_item',
  'ranking_duplicate',
  'ranking_incomplete',
  'card_unknown',
  'card_in_two_piles',
  'card_duplicate',
  'card_unsorted',
  'pile_unknown',
  'top_wrong_count',
  'top_not_in_pile',
  'top_duplicate',
  'table_too_few_rows',
  'table_too_many_rows',
  'table_unknown_column',
  'table_cell_required',
  'table_cell_invalid',
  'unknown_question',
  'questionnaire_mismatch',
  'version_mismatch',
] as const;
export type AnswerErrorCode = (typeof ANSWER_ERROR_CODES)[number];

export type MessageParams = Record<string, string | number>;

export interface AnswerError {
  code: AnswerErrorCode;
  /** The question concerned, when there is one. */
  questionId?: string | undefined;
  /** Where inside the answer (row index, column id, card id…). */
  path?: (string | number)[] | undefined;
  params?: MessageParams | undefined;
  /** French message for the person answering. */
  message: string;
}

const MESSAGES: Record<AnswerErrorCode, (p: MessageParams) => string> = {
  required: () => 'Cette question attend une réponse.',
  wrong_type: () => 'Cette réponse n’a pas la forme attendue pour cette question.',
  text_too_short: (p) => `Votre réponse doit compter au moins ${p.min} caractères.`,
  text_too_long: (p) => `Votre réponse ne peut pas dépasser ${p.max} caractères.`,
  scale_not_integer: () => 'Choisissez l’un des points de l’échelle.',
  scale_out_of_range: (p) => `Choisissez une valeur entre ${p.min} et ${p.max}.`,
  choice_unknown: () => 'Ce choix ne fait pas partie des propositions.',
  choice_duplicate: () => 'Un même choix ne peut être coché qu’une fois.',
  choice_too_few: (p) => `Choisissez au moins ${p.min} proposition${Number(p.min) > 1 ? 's' : ''}.`,
  choice_too_many: (p) => `Choisissez au plus ${p.max} proposition${Number(p.max) > 1 ? 's' : ''}.`,
  ranking_unknown_item: () => 'Ce classement contient un élément qui ne fait pas partie de la liste.',
  ranking_duplicate: () => 'Un même élément ne peut occuper qu’un seul rang.',
  ranking_incomplete: (p) => `Classez ${p.count} éléments.`,
  card_unknown: () => 'Cette carte ne fait pas partie du jeu.',
  card_in_two_piles: (p) => `La carte « ${p.card} » est posée dans deux piles : gardez-la dans une seule.`,
  card_duplicate: (p) => `La carte « ${p.card} » est posée deux fois dans la même pile.`,
  card_unsorted: (p) => `Il reste ${p.count} carte${Number(p.count) > 1 ? 's' : ''} à classer.`,
  pile_unknown: () => 'Cette pile n’existe pas.',
  top_wrong_count: (p) => `Choisissez et classez ${p.count} carte${Number(p.count) > 1 ? 's' : ''}.`,
  top_not_in_pile: (p) => `La carte « ${p.card} » doit d’abord être posée dans la pile « ${p.piles} ».`,
  top_duplicate: () => 'Une même carte ne peut occuper qu’un seul rang.',
  table_too_few_rows: (p) => `Ajoutez au moins ${p.min} ligne${Number(p.min) > 1 ? 's' : ''}.`,
  table_too_many_rows: (p) => `Ce tableau accepte au plus ${p.max} lignes.`,
  table_unknown_column: () => 'Cette colonne n’existe pas dans le tableau.',
  table_cell_required: (p) => `Ligne ${p.row} : la colonne « ${p.column} » est à remplir.`,
  table_cell_invalid: (p) => `Ligne ${p.row} : la valeur de la colonne « ${p.column} » n’est pas valide.`,
  unknown_question: () => 'Cette réponse ne correspond à aucune question du questionnaire.',
  questionnaire_mismatch: () => 'Ces réponses ne correspondent pas à ce questionnaire.',
  version_mismatch: (p) =>
    `Ces réponses ont été données à la version ${p.answered} du questionnaire, qui est maintenant en version ${p.current}.`,
};

/** French message for a code. */
export function messageFor(code: AnswerErrorCode, params: MessageParams = {}): string {
  return MESSAGES[code](params);
}

/** Builds an error with its French message. */
export function answerError(
  code: AnswerErrorCode,
  questionId?: string,
  params?: MessageParams,
  path?: (string | number)[],
): AnswerError {
  return { code, questionId, path, params, message: messageFor(code, params) };
}
