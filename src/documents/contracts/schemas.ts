/**
 * Documents and simple electronic signatures (decision 015): what is generated and signed, and
 * how readers see documents, the employer's signature link and the funder's view.
 */
import { z } from 'zod';
import { oneLine } from '../../shared/text.ts';
import type { DocumentKindCode } from '../domain/builders.ts';

/** Kinds the consultant generates (the certificate is produced at closure or abandonment). */
export const GENERATED_KINDS = ['devis', 'contrat_individuel', 'convention_tripartite', 'commande_cpf'] as const;
export const GenerateDocumentSchema = z.object({
  kind: z.enum(GENERATED_KINDS, { error: 'Choisissez le document à produire.' }),
});

export const SignDocumentSchema = z.object({
  signedName: z
    .string({ error: 'Tapez votre nom.' })
    .trim()
    .min(2, 'Tapez votre prénom et votre nom.')
    .max(200, 'Le nom est trop long.')
    .check(oneLine()),
  consent: z.literal(true, { error: 'Cochez la case pour signer le document.' }),
  /** The SHA-256 of the PDF shown to the signer: refused if the document changed since. */
  sha256: z
    .string({ error: 'Rechargez la page avant de signer.' })
    .regex(/^[0-9a-f]{64}$/, 'Rechargez la page avant de signer.'),
});
export type SignDocument = z.infer<typeof SignDocumentSchema>;

export interface DocumentSignatureView {
  role: 'beneficiary' | 'provider' | 'employer';
  roleLabel: string;
  name: string | null;
  signedAt: string | null;
}

export interface DocumentView {
  id: string;
  kind: DocumentKindCode;
  title: string;
  version: number;
  sha256: string;
  createdAt: string;
  current: boolean;
  signatures: DocumentSignatureView[];
  fullySigned: boolean;
  /** The role the reader signs as, when their signature is awaited. */
  awaitingMySignature: boolean;
  pdfUrl: string;
  signedPdfUrl: string | null;
}

/** The employer's signature link of the current convention, while the employer has not signed (consultant only). */
export interface EmployerLinkView {
  documentId: string;
  title: string;
  email: string;
  sentAt: string;
  expiresAt: string;
  expired: boolean;
  /** The person the convention names to sign for the employer, if it names one. */
  signerName: string | null;
}

export interface BilanDocuments {
  bilanId: string;
  financing: string;
  generatable: { kind: DocumentKindCode; title: string }[];
  /**
   * What the quote, the contract and the convention still need (R6313-8), and where it is filled
   * in: the bilan's « Financement » section, or the organisation's profile (by an admin).
   */
  missing: { label: string; where: 'financing' | 'organisation' }[];
  documents: DocumentView[];
  employerLink: EmployerLinkView | null;
}

export interface SignatureLinkView {
  organisationName: string;
  beneficiaryName: string;
  title: string;
  sha256: string;
  expiresAt: string;
  signerName: string | null;
  alreadySigned: boolean;
}

export interface FunderView {
  bilanId: string;
  beneficiary: { firstName: string; lastName: string };
  financingLabel: string;
  phase: string;
  startedOn: string | null;
  endedOn: string | null;
  accompanimentDoneMinutes: number;
  plannedAccompanimentMinutes: number;
  completionBasisPoints: number;
  attendance: {
    date: string;
    start: string;
    end: string;
    beneficiarySignedAt: string | null;
    consultantSignedAt: string | null;
  }[];
  certificate: { documentId: string; issuedOn: string } | null;
}
