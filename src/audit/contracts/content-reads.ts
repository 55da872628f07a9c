/**
 * Reads of a bilan's content by someone other than its beneficiary (issue 15, legal.md BC-06 and
 * GDPR-08, decision 049): the one place where the kinds of content read, their French labels and
 * the events that count as a read are defined. Read by the server (audit writer, the beneficiary's
 * list) and the browser (the admin's journal, « Qui a consulté mes données »).
 *
 * A read on screen is one generic event, `content.read`, whose details carry only the category
 * (never content, never free text). Downloads were audited before this issue by their own events
 * (exports, a share's opening and downloads): they stay as they are and are read back here as reads.
 */

/** What a consultant (or anyone but the beneficiary) reads on screen: the categories of `content.read`. */
export const CONTENT_READ_CATEGORIES = [
  'instrument',
  'worksheet',
  'feedback',
  'external_tests',
  'external_test_report',
  'portfolio',
  'exploration',
  'action_plan',
  'synthese',
  'need_analysis',
] as const;
export type ContentReadCategory = (typeof CONTENT_READ_CATEGORIES)[number];

/** What `content.read` is about: the bilan itself, one questionnaire's assignment, one external test. */
export const CONTENT_READ_SUBJECTS = ['bilan', 'assignment', 'external_test'] as const;
export type ContentReadSubject = (typeof CONTENT_READ_SUBJECTS)[number];

/** One read, as the use case that served it reports it to the audit port. */
export interface ContentRead {
  bilanId: string;
  category: ContentReadCategory;
  subjectType: ContentReadSubject;
  subjectId: string;
}

/**
 * The same read (same person, bilan, category and subject) within this many minutes is recorded
 * once: a dossier page fires several reads, and a page reloaded is not a new consultation.
 */
export const READ_DEDUP_MINUTES = 10;

/** Every kind of read shown to the beneficiary: the on-screen categories and the downloads. */
export const READ_KINDS = [
  ...CONTENT_READ_CATEGORIES,
  'portfolio_file',
  'exploration_file',
  'action_plan_file',
  'synthese_file',
  'share_opened',
  'shared_synthese',
  'shared_resultats',
] as const;
export type ReadKind = (typeof READ_KINDS)[number];

/** What was read, in French, without technical words (the beneficiary's list and the admin's journal). */
export const READ_KIND_LABELS: Record<ReadKind, string> = {
  instrument: 'Réponses à un questionnaire et leurs résultats',
  worksheet: 'Réponses à une fiche de travail',
  feedback: 'Personnes sollicitées pour le regard des autres',
  external_tests: 'Résultats de tests passés auprès d’un autre organisme',
  external_test_report: 'Compte rendu d’un test passé auprès d’un autre organisme',
  portfolio: 'Parcours et compétences',
  exploration: 'Pistes professionnelles, enquêtes métier et besoins de formation',
  action_plan: 'Plan d’action',
  synthese: 'Document de synthèse',
  need_analysis: 'Analyse de la demande (entretien préliminaire)',
  portfolio_file: 'Parcours et compétences (document téléchargé)',
  exploration_file: 'Pistes professionnelles et enquêtes métier (fichier téléchargé)',
  action_plan_file: 'Plan d’action (fichier téléchargé)',
  synthese_file: 'Document de synthèse (document téléchargé)',
  share_opened: 'Ouverture du lien de partage',
  shared_synthese: 'Document de synthèse partagé (document téléchargé)',
  shared_resultats: 'Résultats détaillés des questionnaires partagés (document téléchargé)',
};

/** The actions of the audit log that are reads of the bilan's content, in the beneficiary's list. */
export const READ_ACTIONS = [
  'content.read',
  'portfolio.exported',
  'portfolio.printed',
  'exploration.exported',
  'action_plan.exported',
  'synthese.exported',
  'share.opened',
  'share.document_downloaded',
] as const;

/** The kind of read an event of `READ_ACTIONS` is, or null for any other event. */
export function readKindOf(action: string, details: Record<string, unknown>): ReadKind | null {
  switch (action) {
    case 'content.read': {
      const category = details['category'];
      return (CONTENT_READ_CATEGORIES as readonly unknown[]).includes(category)
        ? (category as ContentReadCategory)
        : null;
    }
    case 'portfolio.exported':
    case 'portfolio.printed':
      return 'portfolio_file';
    case 'exploration.exported':
      return 'exploration_file';
    case 'action_plan.exported':
      return 'action_plan_file';
    case 'synthese.exported':
      return 'synthese_file';
    case 'share.opened':
      return 'share_opened';
    case 'share.document_downloaded':
      return details['document'] === 'resultats' ? 'shared_resultats' : 'shared_synthese';
    default:
      return null;
  }
}

/** Who read it, as the beneficiary's list names them. */
export const READER_KINDS = ['my_consultant', 'consultant', 'recipient', 'admin', 'unknown'] as const;
export type ReaderKind = (typeof READER_KINDS)[number];

/** « Qui a consulté mes données », one line. */
export interface ContentReadView {
  id: number;
  at: string;
  reader: ReaderKind;
  /** The person, then their role in French: « Marie Durand, votre consultant·e ». */
  who: string;
  what: string;
}

export interface ContentReadsPage {
  reads: ContentReadView[];
  nextCursor: string | null;
}

/** The beneficiary's wording of who read: their name, then their role in French. */
export function readerLabel(reader: ReaderKind, name: string | null): string {
  switch (reader) {
    case 'my_consultant':
      return name ? `${name}, votre consultant·e` : 'Votre consultant·e';
    case 'consultant':
      return name ? `${name}, consultant·e qui a suivi votre bilan auparavant` : 'Un·e consultant·e';
    case 'recipient':
      return name ? `Destinataire d’un partage : ${name}` : 'Destinataire d’un partage';
    case 'admin':
      return name ? `${name}, administrateur·rice` : 'Administrateur·rice';
    case 'unknown':
      return 'Une personne de l’organisme';
  }
}
