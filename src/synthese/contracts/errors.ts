/** The errors of the document de synthèse: a stable code, its HTTP status and its French message. */
import type { ErrorDefinitions } from '../../shared/error-definitions.ts';

export const SYNTHESE_ERRORS = {
  /** `details.current`: the section as saved in the meantime, so that nothing typed is lost. */
  synthese_stale: {
    status: 409,
    message:
      'Cette partie de la synthèse a été modifiée entre-temps, sur un autre appareil : comparez avec sa version actuelle, votre saisie est conservée.',
  },
  /** The version approved is not the latest one, or its text is not the one the beneficiary read. */
  synthese_version_changed: {
    status: 409,
    message:
      'Cette version de la synthèse n’est plus celle à approuver : une version plus récente a été publiée ou son texte a changé. Relisez la dernière version avant de l’approuver.',
  },
  synthese_not_approved: {
    status: 409,
    message: 'La synthèse ne peut être remise qu’après son approbation par le ou la bénéficiaire.',
  },
  synthese_already_approved: {
    status: 409,
    message: 'La synthèse a déjà été approuvée : elle ne peut plus être modifiée ni publiée à nouveau.',
  },
  /** Withdrawing an approval: there is none running (never given, or withdrawn in the meantime). */
  synthese_approval_not_running: {
    status: 409,
    message: 'La synthèse n’est pas approuvée en ce moment : il n’y a pas d’approbation à retirer.',
  },
  /** Withdrawing an approval once the delivery is recorded: the synthesis delivered stays as it is. */
  synthese_approval_delivered: {
    status: 409,
    message:
      'La synthèse vous a déjà été remise : votre approbation ne peut plus être retirée. Parlez-en à votre consultant·e.',
  },
  synthese_already_delivered: {
    status: 409,
    message: 'La remise de la synthèse est déjà enregistrée.',
  },
  synthese_not_delivered: {
    status: 409,
    message: 'La synthèse n’a pas encore été remise : il n’y a rien à confirmer.',
  },
  synthese_nothing_to_publish: {
    status: 422,
    message: 'Il n’y a rien de nouveau à publier : rédigez ou modifiez au moins une partie depuis la dernière version.',
  },
  synthese_no_version: {
    status: 409,
    message: 'Aucune version de la synthèse n’a encore été publiée.',
  },
  synthese_proposal_decided: {
    status: 409,
    message: 'Ce passage proposé a déjà été retenu ou écarté.',
  },
  synthese_too_many: {
    status: 422,
    message: 'Cette liste est déjà très longue : la synthèse ne peut pas en recevoir davantage.',
  },
} as const satisfies ErrorDefinitions;
