/** The errors of the exploration: a stable code, its HTTP status and its French message. */
import type { ErrorDefinitions } from '../../shared/error-definitions.ts';

export const EXPLORATION_ERRORS = {
  /** `details.current`: the version saved in the meantime, so that nothing typed is lost. */
  exploration_stale: {
    status: 409,
    message:
      'Cet élément a été modifié entre-temps, sur un autre appareil ou par l’autre personne du bilan : comparez avec sa version actuelle, votre saisie est conservée.',
  },
  /** `details.existingId`: the piste that already names this job. */
  exploration_duplicate_piste: {
    status: 409,
    message: 'Ce métier figure déjà parmi les pistes.',
  },
  exploration_too_many: {
    status: 422,
    message: 'Cette liste est déjà très longue : supprimez des éléments avant d’en ajouter.',
  },
} as const satisfies ErrorDefinitions;
