/** The errors of the organisation: a stable code, its HTTP status and its French message. */
import type { ErrorDefinitions } from '../../shared/error-definitions.ts';

export const ORGANISATION_ERRORS = {
  slug_taken: { status: 409, message: 'Cette adresse de page publique est déjà prise par un autre organisme.' },
  logo_refused: { status: 422, message: 'Le logo doit être une image PNG ou JPEG valide de 300 ko au plus.' },
  logo_too_large: { status: 413, message: 'Le logo ne doit pas dépasser 300 ko.' },
} as const satisfies ErrorDefinitions;
