/**
 * Sharing with consent (issue 14, item 5, decision 045): what the beneficiary sends (a named
 * recipient, the documents, until when) and what each side reads.
 */
import { z } from 'zod';
import { emailField, isoDateField } from '../../shared/fields.ts';
import { oneLine } from '../../shared/text.ts';

export const SHARED_DOCUMENTS = ['synthese', 'resultats'] as const;
export type SharedDocument = (typeof SHARED_DOCUMENTS)[number];

export const RECIPIENT_KINDS = ['cep', 'employeur', 'financeur', 'autre'] as const;
export type RecipientKind = (typeof RECIPIENT_KINDS)[number];

/** What a recipient did: opened the link, downloaded a document. */
export const SHARE_ACCESS_KINDS = ['opened', 'downloaded'] as const;
export type ShareAccessKind = (typeof SHARE_ACCESS_KINDS)[number];

export const DOCUMENT_LABELS: Record<SharedDocument, string> = {
  synthese: 'Le document de synthèse',
  resultats: 'Les résultats détaillés des questionnaires',
};

export const RECIPIENT_KIND_LABELS: Record<RecipientKind, string> = {
  cep: 'Conseiller·ère en évolution professionnelle (CEP)',
  employeur: 'Employeur',
  financeur: 'Financeur',
  autre: 'Autre personne',
};

/** How long a share may last, and its default (the beneficiary chooses the last day). */
export const SHARE_MAX_DAYS = 90;
export const SHARE_DEFAULT_DAYS = 30;

export const CreateShareSchema = z.object({
  recipientName: z
    .string({ error: 'Indiquez le nom de la personne ou de l’organisme destinataire.' })
    .trim()
    .min(1, 'Indiquez le nom de la personne ou de l’organisme destinataire.')
    .max(200, 'Le nom ne doit pas dépasser 200 caractères.')
    .check(oneLine('Le nom contient des caractères non autorisés.')),
  recipientEmail: emailField,
  recipientKind: z.enum(RECIPIENT_KINDS, { error: 'Indiquez qui est la personne destinataire.' }),
  documents: z
    .array(z.enum(SHARED_DOCUMENTS, { error: 'Ce document ne peut pas être partagé.' }), {
      error: 'Choisissez au moins un document à partager.',
    })
    .min(1, 'Choisissez au moins un document à partager.')
    .max(SHARED_DOCUMENTS.length, 'Chaque document ne se choisit qu’une fois.')
    .refine((list) => new Set(list).size === list.length, 'Chaque document ne se choisit qu’une fois.'),
  /** The last day the link may be opened (Paris), AAAA-MM-JJ. */
  expiresOn: isoDateField(
    'Indiquez jusqu’à quel jour le lien peut être ouvert.',
    'Indiquez la date au format jj/mm/aaaa.',
  ),
});
export type CreateShare = z.infer<typeof CreateShareSchema>;

export type ShareStatus = 'active' | 'opened' | 'expired' | 'revoked';

export interface ShareAccessView {
  kind: ShareAccessKind;
  document: SharedDocument | null;
  at: string;
}

export interface ShareView {
  id: string;
  recipientName: string;
  recipientEmail: string;
  recipientKind: RecipientKind;
  documents: SharedDocument[];
  createdAt: string;
  /** The instant the link stops opening (the day after the last day, 00:00 in Paris). */
  expiresAt: string;
  /** The last day the link may be opened, AAAA-MM-JJ (Paris). */
  lastDay: string;
  /** The beneficiary's agreement, word for word. */
  consentText: string;
  linkSentAt: string;
  openedAt: string | null;
  revokedAt: string | null;
  status: ShareStatus;
  /** Every opening and download, oldest first. */
  accesses: ShareAccessView[];
}

export interface SharesView {
  shares: ShareView[];
  /** The documents that can be shared today (the synthèse only once approved). */
  available: { document: SharedDocument; label: string; available: boolean }[];
  /** Today in Paris and the last day a new share may run to (AAAA-MM-JJ). */
  today: string;
  latestLastDay: string;
  defaultLastDay: string;
}

/** What a link shows before it is opened: who shares what, until when. Nothing of the content. */
export interface SharePreview {
  beneficiaryName: string;
  organisationName: string;
  recipientName: string;
  documents: { document: SharedDocument; label: string }[];
  lastDay: string;
}

/** The visit the opening starts: the documents to download, for a limited time. */
export interface ShareVisit {
  visit: string;
  visitEndsAt: string;
  documents: { document: SharedDocument; label: string }[];
}
