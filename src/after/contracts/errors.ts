/** The errors of after the bilan: a stable code, its HTTP status and its French message. */
import type { ErrorDefinitions } from '../../shared/error-definitions.ts';

export const AFTER_ERRORS = {
  follow_up_refused: { status: 409, message: 'L’entretien de suivi ne peut pas être enregistré ainsi.' },
  evaluation_invalid: {
    status: 404,
    message:
      'Ce lien d’évaluation n’est pas valide : vérifiez que vous avez copié le lien complet. S’il a été remplacé par un lien plus récent, utilisez le dernier courriel reçu.',
  },
  evaluation_expired: {
    status: 410,
    message:
      'Ce lien d’évaluation a expiré. Merci de votre intérêt : si vous souhaitez encore donner votre avis, demandez à votre consultant·e de vous envoyer un nouveau lien.',
  },
  evaluation_answered: { status: 410, message: 'Vous avez déjà répondu à ce questionnaire. Merci pour votre avis !' },
} as const satisfies ErrorDefinitions;
