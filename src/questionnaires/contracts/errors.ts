/** The errors of questionnaires: a stable code, its HTTP status and its French message. */
import type { ErrorDefinitions } from '../../shared/error-definitions.ts';

export const QUESTIONNAIRES_ERRORS = {
  questionnaire_refused: { status: 409, message: 'Ce questionnaire ne peut pas recevoir de réponses.' },
} as const satisfies ErrorDefinitions;
