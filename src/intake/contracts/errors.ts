/** The errors of intake: a stable code, its HTTP status and its French message. */
import type { ErrorDefinitions } from '../../shared/error-definitions.ts';

export const INTAKE_ERRORS = {
  contact_throttled: {
    status: 429,
    message:
      'Trop de demandes envoyées depuis cette connexion. Réessayez dans une heure, ou écrivez directement à l’organisme.',
  },
  lead_refused: { status: 409, message: 'Cette demande ne peut pas changer ainsi dans son état actuel.' },
} as const satisfies ErrorDefinitions;
