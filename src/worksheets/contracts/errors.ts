/** The errors of the worksheet library: a stable code, its HTTP status and its French message. */
import type { ErrorDefinitions } from '../../shared/error-definitions.ts';

export const WORKSHEETS_ERRORS = {
  questionnaire_changed: {
    status: 409,
    message: 'Ce cahier a été modifié entre-temps : rechargez la page avant de l’enregistrer.',
  },
} as const satisfies ErrorDefinitions;
