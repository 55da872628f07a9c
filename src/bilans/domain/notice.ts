/**
 * The information notice the beneficiary reads before consenting (L6313-4 al. 2; GDPR Art. 13).
 * Versioned: a consent records the version it was given on; a new version is a new entry, the
 * old ones stay for the record.
 */

/** The beneficiary's answer to the information notice. */
export const CONSENT_DECISIONS = ['given', 'refused'] as const;
export type ConsentDecisionValue = (typeof CONSENT_DECISIONS)[number];

export interface TextSection {
  heading: string;
  paragraphs: string[];
}

export interface InformationNotice {
  version: string;
  title: string;
  sections: TextSection[];
}

export const INFORMATION_NOTICES: readonly InformationNotice[] = [
  {
    version: '2026-11',
    title: 'Notice d’information sur votre bilan de compétences',
    sections: [
      {
        heading: 'À quoi sert le bilan',
        paragraphs: [
          'Le bilan de compétences vous permet d’analyser vos compétences professionnelles et personnelles, vos aptitudes et vos motivations, afin de définir un projet professionnel et, le cas échéant, un projet de formation (article L6313-4 du Code du travail).',
          'Il se déroule en trois phases : une phase préliminaire, une phase d’investigation et une phase de conclusion, pour 24 heures d’accompagnement au plus.',
        ],
      },
      {
        heading: 'Votre consentement',
        paragraphs: [
          'Un bilan ne peut être réalisé qu’avec votre consentement. Vous êtes libre de refuser : ce refus n’est ni une faute ni un motif de sanction ou de licenciement.',
          'Les informations qui vous sont demandées ont un lien direct et nécessaire avec l’objet du bilan ; vous y répondez de bonne foi.',
        ],
      },
      {
        heading: 'Confidentialité',
        paragraphs: [
          'Votre consultant·e et l’organisme sont tenus au secret professionnel. Ce que vous écrivez, vos réponses, vos résultats et le document de synthèse ne sont visibles que par vous et votre consultant·e.',
          'Votre employeur et les financeurs ne reçoivent que des informations administratives (dates, heures réalisées, attestation de présence), jamais le contenu de votre bilan.',
        ],
      },
      {
        heading: 'Vos résultats vous appartiennent',
        paragraphs: [
          'Vous êtes seul·e destinataire des résultats détaillés et du document de synthèse. Ils ne peuvent être communiqués à une autre personne ou à une institution qu’avec votre accord, document par document et destinataire par destinataire.',
        ],
      },
      {
        heading: 'Destruction à la fin du bilan',
        paragraphs: [
          'À la fin du bilan, les documents élaborés pour sa réalisation sont détruits, sauf ceux que vous demandez par écrit à conserver, pour une durée limitée (trois ans au plus). Vous pourrez télécharger vos résultats et votre synthèse avant cette destruction.',
          'Les pièces administratives (convention ou contrat, feuilles d’émargement, attestation de réalisation) sont conservées séparément pour les contrôles ; elles ne contiennent aucun élément de contenu.',
        ],
      },
      {
        heading: 'Vos droits',
        paragraphs: [
          'Vous pouvez accéder à vos données, les faire rectifier, demander leur effacement ou leur limitation, les récupérer dans un format réutilisable et vous opposer à certains traitements (articles 15 à 21 du RGPD). Adressez-vous à votre consultant·e ou à l’organisme ; une réponse vous est due sous un mois.',
          'Vous pouvez aussi introduire une réclamation auprès de la CNIL (www.cnil.fr).',
        ],
      },
    ],
  },
];

export const CURRENT_NOTICE: InformationNotice = INFORMATION_NOTICES.at(-1)!;

export function noticeByVersion(version: string): InformationNotice | undefined {
  return INFORMATION_NOTICES.find((n) => n.version === version);
}
