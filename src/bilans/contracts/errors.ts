/** The errors of the bilan dossier, its phases, consent and charter: a stable code, its HTTP status and its French message. */
import type { ErrorDefinitions } from '../../shared/error-definitions.ts';

export const BILANS_ERRORS = {
  beneficiary_has_open_bilan: { status: 409, message: 'Cette personne a déjà un bilan en cours.' },
  transition_refused: { status: 409, message: 'Le bilan ne peut pas changer de phase pour le moment.' },
  bilan_closed: { status: 409, message: 'Ce bilan est terminé : il ne peut plus être modifié.' },
  text_changed: { status: 409, message: 'Le texte a changé depuis son affichage : relisez-le avant de continuer.' },
  already_signed: { status: 409, message: 'Vous avez déjà signé ce document.' },
  consultant_unavailable: {
    status: 422,
    message: 'Choisissez un ou une consultant·e actif·ve de votre organisme.',
  },
  already_assigned: { status: 409, message: 'Ce bilan est déjà suivi par cette personne.' },
  consent_required: {
    status: 409,
    message:
      'La ou le bénéficiaire n’a pas encore donné son consentement : aucune séance d’investigation ne peut être tenue ni émargée.',
  },
} as const satisfies ErrorDefinitions;
