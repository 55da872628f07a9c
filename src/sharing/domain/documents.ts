/** What a recipient is told about a document that cannot be shared or downloaded (decision 045). */
import type { SharedDocument } from '../contracts/schemas.ts';

export const NOT_YET_AVAILABLE: Record<SharedDocument, string> = {
  synthese:
    'Le document de synthèse ne peut être partagé qu’une fois validé avec votre consultant·e : il n’est pas encore disponible.',
  resultats: 'Aucun résultat de questionnaire n’est encore disponible : il n’y a rien à partager pour le moment.',
};

export const NO_LONGER_AVAILABLE =
  'Ce document n’est plus disponible. Demandez à la personne qui vous l’a envoyé de partager à nouveau ses documents.';
