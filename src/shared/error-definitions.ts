/** The shape of an error catalogue: code → HTTP status and French message (decision 021). */
export type ErrorDefinitions = Record<string, { status: number; message: string }>;

/** The errors any route may answer, whatever its capability. */
export const GENERIC_ERRORS = {
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
  foreign_origin: {
    status: 403,
    message:
      'Cette action n’a pas été envoyée depuis Sillage : elle est refusée. Rechargez la page de Sillage puis réessayez.',
  },
  internal: {
    status: 500,
    message:
      'Une erreur inattendue est survenue. Réessayez ; si le problème persiste, contactez votre administrateur·rice.',
  },
} as const satisfies ErrorDefinitions;
