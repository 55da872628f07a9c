/** The errors of the portfolio: a stable code, its HTTP status and its French message. */
import type { ErrorDefinitions } from '../../shared/error-definitions.ts';

export const PORTFOLIO_ERRORS = {
  /** `details.current`: the version saved in the meantime, so that nothing typed is lost. */
  portfolio_stale: {
    status: 409,
    message:
      'Cet élément a été modifié entre-temps, sur un autre appareil ou par l’autre personne du bilan : comparez avec sa version actuelle, votre saisie est conservée.',
  },
  /** `fields` names the competence already there; `details.existingId` is its id. */
  portfolio_duplicate_competence: {
    status: 409,
    message: 'Cette compétence figure déjà dans le portefeuille.',
  },
  portfolio_duplicate_domain: {
    status: 409,
    message: 'Ce domaine de compétences existe déjà dans le portefeuille.',
  },
} as const satisfies ErrorDefinitions;
