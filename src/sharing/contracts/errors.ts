/** The errors of sharing with consent: a stable code, its HTTP status and its French message. */
import type { ErrorDefinitions } from '../../shared/error-definitions.ts';

export const SHARING_ERRORS = {
  share_invalid: {
    status: 404,
    message:
      'Ce lien de partage n’est pas valide : vérifiez que vous avez copié le lien complet. S’il a été remplacé par un lien plus récent, utilisez le dernier courriel reçu.',
  },
  share_closed: {
    status: 410,
    message:
      'Ce lien de partage n’est plus valable. Demandez à la personne qui vous l’a envoyé de partager à nouveau ses documents.',
  },
  share_refused: { status: 409, message: 'Ce partage ne peut pas être fait.' },
} as const satisfies ErrorDefinitions;
