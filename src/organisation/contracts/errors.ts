/** The errors of the organisation: a stable code, its HTTP status and its French message. */
import type { ErrorDefinitions } from '../../shared/error-definitions.ts';

export const ORGANISATION_ERRORS = {
  slug_taken: { status: 409, message: 'Cette adresse de page publique est déjà prise par un autre organisme.' },
} as const satisfies ErrorDefinitions;
