/** The errors of the bilan's lifecycle: a stable code, its HTTP status and its French message. */
import type { ErrorDefinitions } from '../../shared/error-definitions.ts';

export const LIFECYCLE_ERRORS = {
  /** `details.message`: checkRetentionExpiry's French message (date after the end, within the limit). */
  retention_expiry_invalid: {
    status: 422,
    message: 'La date choisie pour la conservation des documents n’est pas possible.',
  },
  retention_bilan_not_ended: {
    status: 409,
    message:
      'L’accord de conservation se signe une fois le bilan terminé : d’ici là, tous vos documents restent disponibles.',
  },
  retention_items_gone: {
    status: 409,
    message: 'Ces documents ont déjà été détruits : ils ne peuvent plus être conservés.',
  },
  retention_agreement_not_running: {
    status: 409,
    message: 'Cet accord de conservation a déjà pris fin ou a déjà été retiré.',
  },
  destruction_certificate_missing: {
    status: 404,
    message: 'Aucune destruction n’a encore eu lieu pour ce bilan : il n’y a pas encore de certificat.',
  },
} as const satisfies ErrorDefinitions;
