/** The errors of the ROME catalogue: a stable code, its HTTP status and its French message. */
import type { ErrorDefinitions } from '../../shared/error-definitions.ts';

export const CATALOG_ERRORS = {
  catalogue_older_version: {
    status: 409,
    message: 'Cette version du ROME est plus ancienne que celle déjà installée : le catalogue n’a pas été modifié.',
  },
} as const satisfies ErrorDefinitions;
