/** The errors of accounts, sign-in and invitations: a stable code, its HTTP status and its French message. */
import type { ErrorDefinitions } from '../../shared/error-definitions.ts';

export const ACCOUNTS_ERRORS = {
  invalid_credentials: { status: 401, message: 'Adresse e-mail ou mot de passe incorrect.' },
  login_throttled: { status: 429, message: 'Trop de tentatives de connexion. Réessayez dans quelques minutes.' },
  organisation_name_taken: {
    status: 409,
    message: 'Un organisme porte déjà ce nom sur cette installation : choisissez-en un autre.',
  },
  organisation_unknown: { status: 404, message: 'Aucun organisme ne porte ce nom sur cette installation.' },
  admin_not_awaiting: {
    status: 409,
    message:
      'Cet organisme n’a pas d’administrateur·rice en attente d’activation avec cette adresse e-mail : si son compte est déjà actif, la personne peut demander un nouveau mot de passe depuis la page de connexion.',
  },
  setup_already_done: { status: 409, message: 'Sillage est déjà installé : connectez-vous avec votre compte.' },
  email_taken: {
    status: 409,
    message: 'Cette adresse e-mail est déjà celle d’un compte de votre organisme.',
  },
  invitation_bilan_ended: {
    status: 409,
    message: 'Le bilan de cette personne est terminé : son invitation ne peut plus être renvoyée.',
  },
  invitation_invalid: {
    status: 404,
    message: 'Ce lien d’invitation n’est pas valide. Vérifiez que vous avez copié le lien complet.',
  },
  invitation_expired: {
    status: 410,
    message: 'Cette invitation a expiré. Demandez à la personne qui vous a invité·e de vous envoyer un nouveau lien.',
  },
  invitation_used: {
    status: 410,
    message: 'Cette invitation a déjà été utilisée. Connectez-vous avec votre adresse e-mail et votre mot de passe.',
  },
  invitation_revoked: {
    status: 410,
    message:
      'Cette invitation a été annulée, ou remplacée par un lien plus récent : utilisez le dernier courriel d’invitation reçu, ou contactez la personne qui vous a invité·e.',
  },
  invitation_not_pending: { status: 409, message: 'Cette invitation n’est plus en attente.' },
  reset_invalid: { status: 410, message: 'Ce lien de réinitialisation n’est plus valide. Demandez-en un nouveau.' },
} as const satisfies ErrorDefinitions;
