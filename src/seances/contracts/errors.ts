/** The errors of séances and attendance: a stable code, its HTTP status and its French message. */
import type { ErrorDefinitions } from '../../shared/error-definitions.ts';

export const SEANCES_ERRORS = {
  seance_refused: { status: 409, message: 'Cette séance ne peut pas être enregistrée ainsi.' },
  seance_not_changeable: { status: 409, message: 'Cette séance ne peut plus être modifiée dans son état actuel.' },
  attendance_refused: { status: 409, message: 'L’émargement ne peut pas être signé.' },
} as const satisfies ErrorDefinitions;
