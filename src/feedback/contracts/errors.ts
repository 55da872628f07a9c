/** The errors of le regard des autres (360°): a stable code, its HTTP status and its French message. */
import type { ErrorDefinitions } from '../../shared/error-definitions.ts';

export const FEEDBACK_ERRORS = {
  feedback_invalid: {
    status: 404,
    message:
      'Ce lien n’est pas valide : vérifiez que vous avez copié le lien complet. S’il a été remplacé par un lien plus récent, utilisez le dernier courriel reçu.',
  },
  feedback_closed: { status: 410, message: 'Ce lien n’est plus valable.' },
  feedback_refused: { status: 409, message: 'Cette invitation ne peut pas être envoyée.' },
} as const satisfies ErrorDefinitions;
