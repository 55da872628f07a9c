/** The errors of external licensed tests: a stable code, its HTTP status and its French message. */
import type { ErrorDefinitions } from '../../shared/error-definitions.ts';

export const EXTERNAL_TESTS_ERRORS = {
  malformed_upload: {
    status: 400,
    message: 'Le formulaire envoyé est illisible : joignez à nouveau le fichier et réessayez.',
  },
  report_too_large: {
    status: 413,
    message: 'Le rapport dépasse 10 Mo : joignez un PDF de 10 Mo au plus. Rien n’a été enregistré.',
  },
} as const satisfies ErrorDefinitions;
