/**
 * GDPR requests (decision 048): the rights a person exercises (Art. 15 to 21), where a request
 * stands, and the texts the admin and the person read. Pure, shared by the API and the browser.
 */

export const REQUEST_KINDS = ['access', 'rectification', 'erasure', 'restriction', 'objection', 'portability'] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];

export const REQUEST_KIND_LABELS: Record<RequestKind, string> = {
  access: 'Accès aux données',
  rectification: 'Rectification',
  erasure: 'Effacement',
  restriction: 'Limitation de l’utilisation',
  objection: 'Opposition',
  portability: 'Portabilité',
};

/** What each right means, in the words of the person who asks. */
export const REQUEST_KIND_HINTS: Record<RequestKind, string> = {
  access: 'Savoir quelles données l’organisme détient sur moi et en recevoir une copie.',
  rectification: 'Faire corriger une donnée inexacte ou incomplète.',
  erasure: 'Faire effacer mes données.',
  restriction: 'Faire suspendre l’utilisation de mes données, le temps d’une vérification.',
  objection: 'M’opposer à une utilisation de mes données, par exemple les enquêtes de satisfaction.',
  portability: 'Récupérer les données que j’ai fournies, dans un format réutilisable.',
};

/** The article of the GDPR behind each right. */
export const REQUEST_KIND_ARTICLES: Record<RequestKind, string> = {
  access: 'article 15',
  rectification: 'article 16',
  erasure: 'article 17',
  restriction: 'article 18',
  objection: 'article 21',
  portability: 'article 20',
};

export const REQUEST_STATUSES = ['received', 'in_progress', 'answered', 'refused'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export const REQUEST_STATUS_LABELS: Record<RequestStatus, string> = {
  received: 'Reçue',
  in_progress: 'En cours de traitement',
  answered: 'Répondue',
  refused: 'Refusée',
};

export function isOpenStatus(status: RequestStatus): boolean {
  return status === 'received' || status === 'in_progress';
}

export const SUBJECT_TYPES = ['beneficiary', 'lead', 'person'] as const;
export type SubjectType = (typeof SUBJECT_TYPES)[number];

export const SUBJECT_TYPE_LABELS: Record<SubjectType, string> = {
  beneficiary: 'Un·e bénéficiaire',
  lead: 'Une demande de contact',
  person: 'Une autre personne (nom et adresse e-mail)',
};

export const CHANNELS = ['app', 'admin'] as const;
export type Channel = (typeof CHANNELS)[number];

export const LIMITS = { message: 4000, answer: 4000, reason: 2000, name: 201 } as const;

/** Where the beneficiary downloads their data (the export of another capability). */
export const MY_DATA_PATH = '/mon-bilan/mes-donnees';

/**
 * Why an erasure leaves the administrative records of the bilan: shown to the admin who handles
 * it and written into the answer (GDPR Art. 17(3)(b) and (e); legal.md GDPR-05).
 */
export const ERASURE_RETENTION_JUSTIFICATION =
  'Certains documents administratifs sont conservés malgré la demande d’effacement, car la loi l’impose (article 17, paragraphe 3, du RGPD) : le contrat ou la convention, les feuilles d’émargement, les heures réalisées et le certificat de réalisation, pendant 3 ans après la fin de l’année de l’action (contrôles des financeurs et de l’État) ; les factures, pendant 10 ans (article L123-22 du Code de commerce). Ces documents ne contiennent rien du contenu du bilan, qui est détruit.';

/** The answer an admin starts from, by kind: access and portability point to the export. */
export function suggestedAnswer(kind: RequestKind, publicUrl = ''): string {
  switch (kind) {
    case 'access':
    case 'portability':
      return `Vos données sont téléchargeables à tout moment depuis votre espace, page « Mes données » (${publicUrl}${MY_DATA_PATH}) : un fichier réutilisable (JSON) et un document PDF.`;
    case 'erasure':
      return `Vos données ont été effacées. ${ERASURE_RETENTION_JUSTIFICATION}`;
    default:
      return '';
  }
}
