/** The errors of documents and signatures: a stable code, its HTTP status and its French message. */
import type { ErrorDefinitions } from '../../shared/error-definitions.ts';

export const DOCUMENTS_ERRORS = {
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
  signature_link_replaced: {
    status: 410,
    message:
      'Ce lien de signature a été remplacé par un lien plus récent : utilisez le dernier courriel reçu de l’organisme.',
  },
  signature_already_given: {
    status: 410,
    message:
      'La convention est déjà signée pour l’employeur : ce lien ne sert plus et vous n’avez rien d’autre à faire.',
  },
  document_refused: { status: 409, message: 'Ce document ne peut pas être produit pour le moment.' },
} as const satisfies ErrorDefinitions;
