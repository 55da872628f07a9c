/**
 * What the beneficiary's export holds (decision 047): one entry per file of the zip, with its
 * French name (plain letters, no accents: every unzipping tool reads them) and the sentence the
 * « LISEZ-MOI.txt » and the « Mes données » page say about it. A part the bilan does not have yet
 * (no synthèse published, no questionnaire answered…) is simply absent from the zip.
 */

export const EXPORT_PARTS = [
  'synthese_pdf',
  'synthese_docx',
  'resultats_pdf',
  'portfolio_pdf',
  'portfolio_json',
  'pistes_pdf',
  'pistes_json',
  'plan_pdf',
  'plan_json',
  'seances_csv',
  'reponses_json',
  'documents',
] as const;
export type ExportPart = (typeof EXPORT_PARTS)[number];

export const FILE_NAMES = {
  synthese_pdf: '01-document-de-synthese.pdf',
  synthese_docx: '01-document-de-synthese-modifiable.docx',
  resultats_pdf: '02-resultats-detailles-des-questionnaires.pdf',
  portfolio_pdf: '03-mon-parcours-et-mes-competences.pdf',
  portfolio_json: '03-mon-parcours-et-mes-competences.json',
  pistes_pdf: '04-mes-pistes-professionnelles.pdf',
  pistes_json: '04-mes-pistes-professionnelles.json',
  plan_pdf: '05-mon-plan-d-action.pdf',
  plan_json: '05-mon-plan-d-action.json',
  seances_csv: '06-mes-seances.csv',
  reponses_json: '07-mes-reponses-aux-questionnaires.json',
  /** A folder: one PDF per document of the bilan. */
  documents: '08-documents-du-bilan',
} as const satisfies Record<ExportPart, string>;

export const README_FILE_NAME = 'LISEZ-MOI.txt';

/** What each part is, in the beneficiary's words (the README and the page). */
export const PART_DESCRIPTIONS: Record<ExportPart, string> = {
  synthese_pdf:
    'Votre document de synthèse : la version que vous avez approuvée, ou à défaut la dernière version publiée par votre consultant·e (elle porte alors la mention « Non approuvée »).',
  synthese_docx:
    'Le même document de synthèse, dans un format modifiable par un traitement de texte (Word, LibreOffice).',
  resultats_pdf:
    'Les résultats détaillés des questionnaires que vous avez complétés (intérêts, personnalité, valeurs…), tels que vous les avez lus, avec les précautions de lecture.',
  portfolio_pdf:
    'Votre parcours et vos compétences : vos expériences, ce que vous en retirez, les compétences reconnues.',
  portfolio_json:
    'Le même parcours, dans un format lisible par un ordinateur (JSON), pour le reprendre dans un autre outil ou un CV en ligne.',
  pistes_pdf:
    'Vos pistes professionnelles : pour chacune, votre envie, sa faisabilité, les besoins de formation et les enquêtes métier menées.',
  pistes_json: 'Les mêmes pistes, dans un format lisible par un ordinateur (JSON).',
  plan_pdf: 'Votre plan d’action : les étapes à court, moyen et long terme, et leur avancement.',
  plan_json: 'Le même plan d’action, dans un format lisible par un ordinateur (JSON).',
  seances_csv:
    'La liste de vos séances : date, horaires, modalité, durée suivie et signatures de présence (un tableau à ouvrir avec un tableur).',
  reponses_json:
    'Vos réponses aux questionnaires, question par question, dans un format lisible par un ordinateur (JSON).',
  documents:
    'Les documents de votre bilan (devis, contrat ou convention, certificat de réalisation…), avec leur page de signatures quand ils ont été signés.',
};

/** The sentence when a part is absent: why, in plain words. */
export const PART_ABSENT: Partial<Record<ExportPart, string>> = {
  synthese_pdf: 'Aucune version du document de synthèse n’a encore été publiée.',
  resultats_pdf: 'Aucun questionnaire de résultats n’a encore été complété.',
  reponses_json: 'Aucun questionnaire n’a encore reçu de réponse.',
  seances_csv: 'Aucune séance n’a encore été planifiée.',
  documents: 'Aucun document n’a encore été produit pour ce bilan.',
  portfolio_pdf: 'Aucune expérience ni compétence n’a encore été enregistrée.',
  pistes_pdf: 'Aucune piste professionnelle n’a encore été enregistrée.',
  plan_pdf: 'Aucune étape du plan d’action n’a encore été enregistrée.',
};

/** The parts shown as one line on the page and in the README (a PDF and its JSON twin go together). */
export const PART_GROUPS: readonly { title: string; parts: readonly ExportPart[] }[] = [
  { title: 'Document de synthèse', parts: ['synthese_pdf', 'synthese_docx'] },
  { title: 'Résultats détaillés des questionnaires', parts: ['resultats_pdf'] },
  { title: 'Parcours et compétences', parts: ['portfolio_pdf', 'portfolio_json'] },
  { title: 'Pistes professionnelles', parts: ['pistes_pdf', 'pistes_json'] },
  { title: 'Plan d’action', parts: ['plan_pdf', 'plan_json'] },
  { title: 'Séances', parts: ['seances_csv'] },
  { title: 'Réponses aux questionnaires', parts: ['reponses_json'] },
  { title: 'Documents du bilan', parts: ['documents'] },
];

/** The credit the ROME's licence asks for, when a ROME item appears in the export. */
export const ROME_CREDIT = 'Source : France Travail, ROME 4.0, Licence Ouverte';

/** The zip's name, `mes-donnees-bilan-de-competences-AAAA-MM-JJ.zip`, and its accented twin. */
export function zipFileNames(exportedOn: string): { ascii: string; utf8: string } {
  return {
    ascii: `mes-donnees-bilan-de-competences-${exportedOn}.zip`,
    utf8: `mes-données-bilan-de-compétences-${exportedOn}.zip`,
  };
}
