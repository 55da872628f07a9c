/** The errors of the action plan: a stable code, its HTTP status and its French message. */
import type { ErrorDefinitions } from '../../shared/error-definitions.ts';

export const ACTION_PLAN_ERRORS = {
  /** `details.current`: the version saved in the meantime, so that nothing typed is lost. */
  action_plan_stale: {
    status: 409,
    message:
      'Cette étape a été modifiée entre-temps, sur un autre appareil ou par l’autre personne du bilan : comparez avec sa version actuelle, votre saisie est conservée.',
  },
  action_plan_too_many: {
    status: 422,
    message: 'Le plan d’action compte déjà beaucoup d’étapes : supprimez-en avant d’en ajouter.',
  },
  /** After the bilan: only its beneficiary follows the plan (the status of its steps). */
  action_plan_ended: {
    status: 409,
    message:
      'Le bilan est terminé : le plan d’action appartient désormais à la ou au bénéficiaire, qui seul·e peut encore mettre à jour l’avancement des étapes.',
  },
} as const satisfies ErrorDefinitions;
