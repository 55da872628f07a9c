/**
 * The charter of mutual commitments (charte des engagements réciproques), signed by the
 * beneficiary and the consultant during the préliminaire. Written for Sillage from what providers
 * commit to in their programmes. Versioned like the notice.
 */

/** The charter of mutual commitments is signed by both. */
export const CHARTER_SIGNERS = ['beneficiary', 'consultant'] as const;
export type CharterSigner = (typeof CHARTER_SIGNERS)[number];

export interface Charter {
  version: string;
  title: string;
  provider: string[];
  beneficiary: string[];
}

export const CHARTERS: readonly Charter[] = [
  {
    version: '2026-11',
    title: 'Charte des engagements réciproques',
    provider: [
      'Mettre en œuvre le bilan tel qu’il vous a été présenté, avec les moyens nécessaires à sa bonne réalisation.',
      'Utiliser des méthodes et des outils fiables, adaptés à votre situation, et vous en expliquer les résultats.',
      'Être à votre écoute, disponible en cas de difficulté, et vous guider dans vos démarches et votre réflexion.',
      'Respecter le secret professionnel et ne rien communiquer à un tiers sans votre accord écrit.',
      'Vous remettre vos résultats détaillés et votre document de synthèse, puis vous proposer un entretien de suivi.',
    ],
    beneficiary: [
      'Être présent·e aux dates et heures convenues, et prévenir au plus tôt en cas d’empêchement.',
      'Réaliser de votre mieux le travail personnel proposé entre les séances.',
      'Signaler les difficultés qui pourraient gêner le bon déroulement du bilan.',
      'Répondre de bonne foi aux questions posées pour les besoins du bilan.',
    ],
  },
];

export const CURRENT_CHARTER: Charter = CHARTERS.at(-1)!;

/** The exact text signed (its SHA-256 is stored with each signature). */
export function charterText(charter: Charter): string {
  return [
    charter.title,
    '',
    'L’organisme et votre consultant·e s’engagent à :',
    ...charter.provider.map((line) => `- ${line}`),
    '',
    'Vous vous engagez à :',
    ...charter.beneficiary.map((line) => `- ${line}`),
  ].join('\n');
}
