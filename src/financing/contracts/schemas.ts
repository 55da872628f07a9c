/**
 * The financing record of a bilan (decision 015): what the consultant saves, the status change,
 * the public CPF earliest-start query, and the view. Amounts are typed in French ("1 600" or
 * "1 600,50"); dates are `YYYY-MM-DD` (Paris calendar).
 */
import { z } from 'zod';
import { multiLine, oneLine } from '../../shared/text.ts';
import { OFFER_MODALITIES, type OfferModality } from '../../organisation/domain/offers.ts';
import { WORKING_TIME_ANSWERS, type WorkingTime } from '../domain/prestation.ts';
import { calendarDate, isoDateField } from '../../shared/fields.ts';
import { PREVIOUS_PUBLIC_BILAN_ANSWERS, type PreviousPublicBilanAnswer } from '../domain/cpf-funding.ts';

/** An optional date: empty, or a real date (a union would answer an unhelpful message). */
const optionalDateField = (what: string) =>
  z
    .string()
    .regex(/^(\d{4}-\d{2}-\d{2})?$/, `Indiquez ${what} au format JJ/MM/AAAA, par exemple 04/05/2026.`)
    .check(calendarDate())
    .optional();
const optionalText = (max: number, what: string) =>
  z.string().trim().max(max, `${what} ne doit pas dépasser ${max} caractères.`).check(oneLine()).optional();

export const CPF_EXEMPTION_CODES = [
  'job_seeker',
  'employer_cofunding',
  'c2p_points',
  'at_mp_abondement',
  'elected_official_dife',
] as const;

export const SaveFinancingSchema = z.object({
  /** The price TTC as typed; parsed by the domain (parseEurosToCents), which names a wrong format. */
  price: z.string().trim().max(40, 'Le prix est trop long.').check(oneLine()).optional(),
  cpfOrderReference: z
    .string()
    .trim()
    .regex(
      /^[A-Za-z0-9-]{4,40}$/,
      'Le numéro de dossier CPF ne contient que des lettres, des chiffres et des tirets (4 à 40).',
    )
    .optional()
    .or(z.literal('')),
  cpfValidatedOn: optionalDateField('la date de validation de la commande'),
  cpfExemptions: z
    .array(z.enum(CPF_EXEMPTION_CODES, { error: 'Exonération inconnue.' }))
    .max(5)
    .optional(),
  previousPublicBilan: z.enum(PREVIOUS_PUBLIC_BILAN_ANSWERS, { error: 'Choisissez une réponse.' }).optional(),
  previousPublicBilanOn: optionalDateField('la date du bilan précédent'),
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
  // What the quote, the contract and the convention state about the prestation (R6313-8).
  plannedStartOn: optionalDateField('la date de début prévue'),
  plannedEndOn: optionalDateField('la date de fin prévue'),
  modality: z
    .union([z.enum(OFFER_MODALITIES), z.literal('')], { error: 'Choisissez la modalité dans la liste.' })
    .optional(),
  places: z.string().trim().max(1000, 'Le lieu ne doit pas dépasser 1 000 caractères.').check(multiLine()).optional(),
  /** Hours as typed ("8", "8,5", "8 h 30"); parsed by the use case, which names a wrong format. */
  personalWorkHours: z.string().trim().max(20, 'Indiquez un nombre d’heures, par exemple 8 ou 8,5.').optional(),
  workingTime: z
    .union([z.enum(WORKING_TIME_ANSWERS), z.literal('')], { error: 'Choisissez une réponse dans la liste.' })
    .optional(),
});
export type SaveFinancing = z.infer<typeof SaveFinancingSchema>;

export const FinancingStatusSchema = z.object({
  to: z
    .string({ error: 'Choisissez le nouveau statut.' })
    .min(1, 'Choisissez le nouveau statut.')
    .max(60)
    .check(oneLine()),
});

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
  /** How the bilan is delivered, printed on its quote, contract or convention. */
  prestation: {
    /** The offer chosen at intake, whose price, hours, modality and places were carried over. */
    offer: { id: string; title: string } | null;
    plannedStartOn: string | null;
    plannedEndOn: string | null;
    modality: OfferModality | null;
    places: string | null;
    personalWorkMinutes: number | null;
    workingTime: WorkingTime | null;
    /** Whether the documents must say if the bilan runs during working time. */
    workingTimeApplies: boolean;
  };
  requiredDocuments: { code: string; label: string; required: boolean }[];
  issues: RuleIssueView[];
}

/** French labels of the CPF participation's exemptions (legal.md CPF-03), for the forms. */
export const CPF_EXEMPTION_LABELS: Record<(typeof CPF_EXEMPTION_CODES)[number], string> = {
  job_seeker: 'Titulaire demandeur ou demandeuse d’emploi',
  employer_cofunding: 'Achat cofinancé par l’employeur (ou au titre d’un accord d’entreprise, de branche ou d’un OPCO)',
  c2p_points: 'Points du compte professionnel de prévention (C2P) mobilisés',
  at_mp_abondement: 'Abondement pour accident du travail ou maladie professionnelle',
  elected_official_dife: 'Droit individuel à la formation des élu·es locaux (DIFE)',
};
