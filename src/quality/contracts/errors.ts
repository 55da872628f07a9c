/** The errors of the Qualiopi registers: a stable code, its HTTP status and its French message. */
import type { ErrorDefinitions } from '../../shared/error-definitions.ts';

export const QUALITY_ERRORS = {
  /** `details.current`: the version saved in the meantime. */
  quality_stale: {
    status: 409,
    message:
      'Cette fiche a été modifiée entre-temps par une autre personne : rechargez la page pour voir sa version actuelle, puis reportez votre saisie.',
  },
  complaint_throttled: {
    status: 429,
    message:
      'Trop de réclamations envoyées depuis cette connexion. Réessayez dans une heure, ou écrivez directement à l’organisme.',
  },
} as const satisfies ErrorDefinitions;
