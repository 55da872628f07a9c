/**
 * Financing, documents and simple electronic signatures (decision 015). Amounts are typed in
 * French ("1 600" or "1 600,50"); dates are `YYYY-MM-DD` (Paris calendar).
 */
import { z } from 'zod';
import { isoDateField } from '../../shared/fields.ts';
import type { DocumentKindCode } from '../domain/builders.ts';
import { PREVIOUS_PUBLIC_BILAN_ANSWERS, type PreviousPublicBilanAnswer } from '../../financing/domain/cpf-funding.ts';

const dateField = (what: string) =>
  isoDateField(`Indiquez ${what}.`, `Indiquez ${what} au format JJ/MM/AAAA, par exemple 04/05/2026.`);
const optionalText = (max: number, what: string) =>
  z.string().trim().max(max, `${what} ne doit pas dépasser ${max} caractères.`).optional();

export const CPF_EXEMPTION_CODES = [
  'job_seeker',
  'employer_cofunding',
  'c2p_points',
  'at_mp_abondement',
  'elected_official_dife',
] as const;

export const SaveFinancingSchema = z.object({
  /** The price TTC as typed; parsed by the domain (parseEurosToCents), which names a wrong format. */
  price: z.string().trim().max(40, 'Le prix est trop long.').optional(),
  cpfOrderReference: z
    .string()
    .trim()
    .regex(
      /^[A-Za-z0-9-]{4,40}$/,
      'Le numéro de dossier CPF ne contient que des lettres, des chiffres et des tirets (4 à 40).',
    )
    .optional()
    .or(z.literal('')),
  cpfValidatedOn: dateField('la date de validation de la commande').optional().or(z.literal('')),
  cpfExemptions: z
    .array(z.enum(CPF_EXEMPTION_CODES, { error: 'Exonération inconnue.' }))
    .max(5)
    .optional(),
  previousPublicBilan: z.enum(PREVIOUS_PUBLIC_BILAN_ANSWERS, { error: 'Choisissez une réponse.' }).optional(),
  previousPublicBilanOn: dateField('la date du bilan précédent').optional().or(z.literal('')),
  employerName: optionalText(200, 'Le nom de l’employeur'),
  employerSiret: z
    .string()
    .trim()
    .regex(/^\d{14}$/, 'Le SIRET compte 14 chiffres, sans espace.')
    .optional()
    .or(z.literal('')),
  employerContactName: optionalText(200, 'Le nom du contact'),
  employerContactEmail: z
    .string()
    .trim()
    .max(254, 'L’adresse e-mail est trop longue.')
    .pipe(z.email({ error: 'Indiquez une adresse e-mail valide, par exemple rh@entreprise.fr.' }))
    .optional()
    .or(z.literal('')),
  funderName: optionalText(200, 'Le nom du financeur'),
  funderReference: optionalText(100, 'La référence du dossier'),
});
export type SaveFinancing = z.infer<typeof SaveFinancingSchema>;

export const FinancingStatusSchema = z.object({
  to: z.string({ error: 'Choisissez le nouveau statut.' }).min(1, 'Choisissez le nouveau statut.').max(60),
});

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
    .max(200, 'Le nom est trop long.'),
  consent: z.literal(true, { error: 'Cochez la case pour signer le document.' }),
  /** The SHA-256 of the PDF shown to the signer: refused if the document changed since. */
  sha256: z
    .string({ error: 'Rechargez la page avant de signer.' })
    .regex(/^[0-9a-f]{64}$/, 'Rechargez la page avant de signer.'),
});
export type SignDocument = z.infer<typeof SignDocumentSchema>;

export const EarliestStartQuerySchema = z.object({
  validatedOn: isoDateField(
    'Indiquez la date de validation de la commande (validatedOn=AAAA-MM-JJ).',
    'La date de validation doit être au format AAAA-MM-JJ, par exemple 2026-05-04.',
  ),
});

export interface RuleIssueView {
  code: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
}

export interface FinancingView {
  bilanId: string;
  financing: string;
  typeLabel: string;
  status: string;
  statusLabel: string;
  nextStatuses: { code: string; label: string }[];
  priceCents: number | null;
  cpf: {
    orderReference: string | null;
    validatedOn: string | null;
    earliestStart: string | null;
    exemptions: string[];
    previousPublicBilan: PreviousPublicBilanAnswer;
    previousPublicBilanOn: string | null;
    capCents: number | null;
    remainderCents: number;
    participationCents: number;
  } | null;
  employer: {
    name: string | null;
    siret: string | null;
    contactName: string | null;
    contactEmail: string | null;
    conventionSentOn: string | null;
    signatureDeadline: string | null;
  } | null;
  selfFunded: {
    contractSignedOn: string | null;
    withdrawalEndsOn: string | null;
    firstPaymentAllowedOn: string | null;
    firstPaymentMaxCents: number | null;
  } | null;
  funder: { name: string | null; reference: string | null } | null;
  requiredDocuments: { code: string; label: string; required: boolean }[];
  issues: RuleIssueView[];
}

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

export interface BilanDocuments {
  bilanId: string;
  financing: string;
  generatable: { kind: DocumentKindCode; title: string }[];
  documents: DocumentView[];
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

/** French labels of the CPF participation's exemptions (legal.md CPF-03), for the forms. */
export const CPF_EXEMPTION_LABELS: Record<(typeof CPF_EXEMPTION_CODES)[number], string> = {
  job_seeker: 'Titulaire demandeur ou demandeuse d’emploi',
  employer_cofunding: 'Achat cofinancé par l’employeur (ou au titre d’un accord d’entreprise, de branche ou d’un OPCO)',
  c2p_points: 'Points du compte professionnel de prévention (C2P) mobilisés',
  at_mp_abondement: 'Abondement pour accident du travail ou maladie professionnelle',
  elected_official_dife: 'Droit individuel à la formation des élu·es locaux (DIFE)',
};
