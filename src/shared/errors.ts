/**
 * Every error a user can meet: a stable code, its HTTP status and its French message.
 * Services throw `AppError(code)`; HTTP maps it; the web app shows `message` (and field messages).
 * 404 is used for anything the user may not know exists (another organisation's ids included).
 */
export const ERRORS = {
  validation_failed: { status: 422, message: 'Certaines informations sont à corriger.' },
  malformed_json: { status: 400, message: 'La requête est illisible : le contenu envoyé n’est pas du JSON valide.' },
  unsupported_media_type: { status: 415, message: 'La requête doit être envoyée au format JSON.' },
  payload_too_large: { status: 413, message: 'La requête est trop volumineuse (1 Mo au maximum).' },
  not_found: { status: 404, message: 'Cette page ou cette ressource n’existe pas, ou vous n’y avez pas accès.' },
  unauthenticated: {
    status: 401,
    message: 'Votre session a expiré ou vous n’êtes pas connecté·e. Connectez-vous pour continuer.',
  },
  forbidden: { status: 403, message: 'Votre rôle ne permet pas cette action.' },
  invalid_credentials: { status: 401, message: 'Adresse e-mail ou mot de passe incorrect.' },
  login_throttled: { status: 429, message: 'Trop de tentatives de connexion. Réessayez dans quelques minutes.' },
  setup_already_done: { status: 409, message: 'Sillage est déjà installé : connectez-vous avec votre compte.' },
  email_taken: { status: 409, message: 'Cette adresse e-mail est déjà utilisée par un autre compte.' },
  invitation_invalid: {
    status: 404,
    message: 'Ce lien d’invitation n’est pas valide. Vérifiez que vous avez copié le lien complet.',
  },
  invitation_expired: {
    status: 410,
    message: 'Cette invitation a expiré. Demandez une nouvelle invitation à la personne qui vous a invité·e.',
  },
  invitation_used: {
    status: 410,
    message: 'Cette invitation a déjà été utilisée. Connectez-vous avec votre adresse e-mail et votre mot de passe.',
  },
  invitation_revoked: {
    status: 410,
    message: 'Cette invitation a été annulée. Contactez la personne qui vous a invité·e.',
  },
  invitation_not_pending: { status: 409, message: 'Cette invitation n’est plus en attente.' },
  reset_invalid: { status: 410, message: 'Ce lien de réinitialisation n’est plus valide. Demandez-en un nouveau.' },
  beneficiary_has_open_bilan: { status: 409, message: 'Cette personne a déjà un bilan en cours.' },
  transition_refused: { status: 409, message: 'Le bilan ne peut pas changer de phase pour le moment.' },
  seance_refused: { status: 409, message: 'Cette séance ne peut pas être enregistrée ainsi.' },
  seance_not_changeable: { status: 409, message: 'Cette séance ne peut plus être modifiée dans son état actuel.' },
  attendance_refused: { status: 409, message: 'L’émargement ne peut pas être signé.' },
  bilan_closed: { status: 409, message: 'Ce bilan est terminé : il ne peut plus être modifié.' },
  text_changed: { status: 409, message: 'Le texte a changé depuis son affichage : relisez-le avant de continuer.' },
  already_signed: { status: 409, message: 'Vous avez déjà signé ce document.' },
  consent_required: {
    status: 409,
    message:
      'La ou le bénéficiaire n’a pas encore donné son consentement : aucune séance d’investigation ne peut être planifiée.',
  },
  // After the bilan.
  follow_up_refused: { status: 409, message: 'L’entretien de suivi ne peut pas être enregistré ainsi.' },
  evaluation_invalid: {
    status: 404,
    message: 'Ce lien d’évaluation n’est pas valide. Vérifiez que vous avez copié le lien complet.',
  },
  evaluation_expired: {
    status: 410,
    message:
      'Ce lien d’évaluation a expiré. Merci de votre intérêt : contactez l’organisme si vous souhaitez encore donner votre avis.',
  },
  evaluation_answered: { status: 410, message: 'Vous avez déjà répondu à ce questionnaire. Merci pour votre avis !' },
  // ROME catalogue (issue 4)
  catalogue_older_version: {
    status: 409,
    message: 'Cette version du ROME est plus ancienne que celle déjà installée : le catalogue n’a pas été modifié.',
  },
  // Intake (issue 3)
  slug_taken: { status: 409, message: 'Cette adresse de page publique est déjà prise par un autre organisme.' },
  contact_throttled: {
    status: 429,
    message:
      'Trop de demandes envoyées depuis cette connexion. Réessayez dans une heure, ou écrivez directement à l’organisme.',
  },
  lead_refused: { status: 409, message: 'Cette demande ne peut pas changer ainsi dans son état actuel.' },
  // External licensed tests (decision 018).
  malformed_upload: {
    status: 400,
    message: 'Le formulaire envoyé est illisible : joignez à nouveau le fichier et réessayez.',
  },
  report_too_large: {
    status: 413,
    message: 'Le rapport dépasse 10 Mo : joignez un PDF de 10 Mo au plus. Rien n’a été enregistré.',
  },
  // Documents, signatures and financing (decision 015).
  document_changed: {
    status: 409,
    message: 'Le document a changé depuis son affichage : relisez la nouvelle version avant de signer.',
  },
  signature_not_expected: { status: 409, message: 'Ce document n’attend pas votre signature.' },
  signature_link_invalid: {
    status: 404,
    message: 'Ce lien de signature n’est pas valide. Vérifiez que vous avez copié le lien complet.',
  },
  signature_link_expired: {
    status: 410,
    message: 'Ce lien de signature a expiré ou a déjà été utilisé. Demandez un nouveau lien à l’organisme.',
  },
  financing_refused: { status: 409, message: 'Le financement ne peut pas être enregistré ainsi.' },
  document_refused: { status: 409, message: 'Ce document ne peut pas être produit pour le moment.' },
  invalid_date_query: {
    status: 400,
    message: 'La date demandée n’est pas valide : indiquez-la au format AAAA-MM-JJ, par exemple 2026-05-04.',
  },
  // Questionnaires and instruments.
  questionnaire_refused: { status: 409, message: 'Ce questionnaire ne peut pas recevoir de réponses.' },
  feedback_invalid: { status: 404, message: 'Ce lien n’est pas valide. Vérifiez que vous avez copié le lien complet.' },
  feedback_closed: { status: 410, message: 'Ce lien n’est plus valable.' },
  feedback_refused: { status: 409, message: 'Cette invitation ne peut pas être envoyée.' },
  questionnaire_changed: {
    status: 409,
    message: 'Ce cahier a été modifié entre-temps : rechargez la page avant de l’enregistrer.',
  },
  internal: {
    status: 500,
    message:
      'Une erreur inattendue est survenue. Réessayez ; si le problème persiste, contactez votre administrateur·rice.',
  },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERRORS;

/** The JSON body of every error response. */
export interface ErrorBody {
  error: {
    code: ErrorCode;
    message: string;
    /** Field path → French message, for forms. */
    fields?: Record<string, string>;
    /** Extra facts for the UI (e.g. unmet conditions of a refused transition). */
    details?: unknown;
  };
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly fields: Record<string, string> | undefined;
  readonly details: unknown;
  constructor(code: ErrorCode, options: { message?: string; fields?: Record<string, string>; details?: unknown } = {}) {
    super(options.message ?? ERRORS[code].message);
    this.name = 'AppError';
    this.code = code;
    this.status = ERRORS[code].status;
    this.fields = options.fields;
    this.details = options.details;
  }

  toBody(): ErrorBody {
    return {
      error: {
        code: this.code,
        message: this.message,
        ...(this.fields ? { fields: this.fields } : {}),
        ...(this.details !== undefined ? { details: this.details } : {}),
      },
    };
  }
}
