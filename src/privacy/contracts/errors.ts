/** The errors of GDPR requests: a stable code, its HTTP status and its French message. */
import type { ErrorDefinitions } from '../../shared/error-definitions.ts';

export const PRIVACY_ERRORS = {
  privacy_request_closed: {
    status: 409,
    message: 'Cette demande a déjà reçu sa réponse : elle ne peut plus être modifiée.',
  },
  privacy_request_not_extendable: {
    status: 409,
    message:
      'Le délai de cette demande ne peut plus être prolongé : il l’a déjà été, ou la date limite d’un mois est passée.',
  },
  privacy_too_many_open: {
    status: 429,
    message:
      'Vous avez déjà plusieurs demandes en cours : l’organisme y répond d’abord. Vous pouvez compléter votre demande par courriel.',
  },
} as const satisfies ErrorDefinitions;
