/** The errors of financing: a stable code, its HTTP status and its French message. */
import type { ErrorDefinitions } from '../../shared/error-definitions.ts';

export const FINANCING_ERRORS = {
  financing_refused: { status: 409, message: 'Le financement ne peut pas être enregistré ainsi.' },
  invalid_date_query: {
    status: 400,
    message: 'La date demandée n’est pas valide : indiquez-la au format AAAA-MM-JJ, par exemple 2026-05-04.',
  },
} as const satisfies ErrorDefinitions;
