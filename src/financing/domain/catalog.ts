/**
 * The financing types of a bilan, each with its documents and its statuses, as data.
 *
 * Statuses are Sillage's own follow-up of a financing file (not a copy of each funder's
 * vocabulary); `next` lists the allowed moves. Funders' own procedures (OPCO, Transitions Pro,
 * France Travail, public employers) vary and are unsure (legal.md EMP-03, EMP-04: U): they are
 * data here so an organisation can adapt them without touching the rules.
 */
import { ruleError, toReport, type RuleReport } from '../../shared/rules/result.ts';

export interface FinancingDocument {
  code: string;
  label: string;
  /** Needed before the bilan can start (or, for proofs produced later, before invoicing). */
  required: boolean;
}

export interface FinancingStatus {
  code: string;
  label: string;
  next: readonly string[];
}

export interface FinancingTypeDefinition {
  label: string;
  initialStatus: string;
  statuses: readonly FinancingStatus[];
  documents: readonly FinancingDocument[];
  /** Where the rules come from, with legal.md's certainty. */
  basis: string;
}

const quote = { code: 'devis', label: 'Devis', required: true } as const;
const attendance = { code: 'emargements', label: 'Feuilles d’émargement signées', required: true } as const;
const certificate = { code: 'certificat_realisation', label: 'Certificat de réalisation', required: true } as const;
const invoice = { code: 'facture', label: 'Facture', required: true } as const;

const invoicedPaid: readonly FinancingStatus[] = [
  { code: 'invoiced', label: 'Facturé', next: ['paid'] },
  { code: 'paid', label: 'Payé', next: [] },
];

/** Request → decision → invoice → payment, for funders that grant a *prise en charge*. */
function grantFlow(requestLabel: string): readonly FinancingStatus[] {
  return [
    { code: 'draft', label: 'Dossier en préparation', next: ['request_sent', 'abandoned'] },
    { code: 'request_sent', label: requestLabel, next: ['approved', 'refused'] },
    { code: 'approved', label: 'Prise en charge accordée', next: ['invoiced', 'abandoned'] },
    { code: 'refused', label: 'Prise en charge refusée', next: [] },
    { code: 'abandoned', label: 'Dossier abandonné', next: [] },
    ...invoicedPaid,
  ];
}

/** How a bilan is funded, as recorded on the bilan. */
export const FINANCINGS = [
  'cpf',
  'employer_plan',
  'opco',
  'transitions_pro',
  'france_travail',
  'self_funded',
  'public_agent',
] as const;
export type Financing = (typeof FINANCINGS)[number];

export const FINANCING_TYPES = {
  cpf: {
    label: 'Compte personnel de formation (CPF)',
    initialStatus: 'request_received',
    basis: 'CGU Mon Compte Formation et EDOF, legal.md CPF-04 à CPF-07 (S/U selon la version des CGU)',
    statuses: [
      {
        code: 'request_received',
        label: 'Demande d’inscription reçue',
        next: ['proposal_sent', 'declined', 'request_lapsed'],
      },
      {
        code: 'proposal_sent',
        label: 'Proposition envoyée au ou à la titulaire',
        next: ['order_validated', 'proposal_expired'],
      },
      {
        code: 'order_validated',
        label: 'Commande validée par le ou la titulaire',
        next: ['entry_declared', 'cancelled'],
      },
      { code: 'entry_declared', label: 'Entrée en formation déclarée sur EDOF', next: ['exit_declared'] },
      { code: 'exit_declared', label: 'Sortie et service fait déclarés sur EDOF', next: ['paid'] },
      { code: 'paid', label: 'Payé par la Caisse des dépôts', next: [] },
      { code: 'declined', label: 'Demande déclinée par l’organisme', next: [] },
      { code: 'request_lapsed', label: 'Demande caduque faute de réponse dans le délai', next: [] },
      { code: 'proposal_expired', label: 'Proposition non acceptée dans le délai', next: [] },
      { code: 'cancelled', label: 'Commande annulée', next: [] },
    ],
    documents: [
      quote,
      { code: 'numero_dossier_cpf', label: 'Numéro de dossier de la commande CPF', required: true },
      attendance,
      certificate,
      { code: 'accuse_remise_synthese', label: 'Accusé de remise du document de synthèse', required: true },
    ],
  },
  employer_plan: {
    label: 'Plan de développement des compétences de l’employeur',
    initialStatus: 'draft',
    basis: 'Code du travail R6313-8, legal.md BC-15 et EMP-01 (V)',
    statuses: [
      { code: 'draft', label: 'Convention en préparation', next: ['sent_to_employee', 'abandoned'] },
      { code: 'sent_to_employee', label: 'Convention envoyée au ou à la salarié·e', next: ['signed', 'refused'] },
      { code: 'signed', label: 'Convention signée par les trois parties', next: ['invoiced'] },
      { code: 'refused', label: 'Convention refusée ou non signée dans le délai', next: [] },
      { code: 'abandoned', label: 'Projet abandonné', next: [] },
      ...invoicedPaid,
    ],
    documents: [
      quote,
      {
        code: 'convention_tripartite',
        label: 'Convention tripartite signée (employeur, salarié·e, organisme)',
        required: true,
      },
      attendance,
      certificate,
      invoice,
    ],
  },
  opco_transitions_pro: {
    label: 'OPCO ou Transitions Pro',
    initialStatus: 'draft',
    basis: 'Règles propres à chaque financeur, legal.md EMP-04 (U)',
    statuses: grantFlow('Demande de prise en charge envoyée'),
    documents: [
      quote,
      { code: 'demande_prise_en_charge', label: 'Demande de prise en charge', required: true },
      { code: 'accord_prise_en_charge', label: 'Accord de prise en charge', required: true },
      { code: 'convention_tripartite', label: 'Convention tripartite, si l’employeur est partie', required: false },
      attendance,
      certificate,
      invoice,
    ],
  },
  france_travail: {
    label: 'France Travail',
    initialStatus: 'draft',
    basis: 'Règles propres au financeur (aide individuelle à la formation), legal.md EMP-04 (U)',
    statuses: grantFlow('Demande de financement déposée auprès de France Travail'),
    documents: [
      quote,
      { code: 'demande_aif', label: 'Demande d’aide individuelle à la formation (AIF)', required: true },
      { code: 'accord_france_travail', label: 'Accord de financement de France Travail', required: true },
      attendance,
      certificate,
      invoice,
    ],
  },
  self_funded: {
    label: 'Financement personnel',
    initialStatus: 'draft',
    basis: 'Code du travail L6353-3 à L6353-6, legal.md BC-16 (S/U : application aux bilans non confirmée)',
    statuses: [
      { code: 'draft', label: 'Contrat en préparation', next: ['contract_signed', 'abandoned'] },
      {
        code: 'contract_signed',
        label: 'Contrat signé, délai de rétractation en cours',
        next: ['withdrawn', 'withdrawal_period_over'],
      },
      { code: 'withdrawn', label: 'Rétractation du ou de la bénéficiaire', next: [] },
      { code: 'withdrawal_period_over', label: 'Délai de rétractation écoulé', next: ['paid'] },
      { code: 'abandoned', label: 'Projet abandonné', next: [] },
      { code: 'paid', label: 'Payé intégralement', next: [] },
    ],
    documents: [
      quote,
      { code: 'contrat_individuel', label: 'Contrat individuel signé', required: true },
      { code: 'echeancier', label: 'Échéancier de paiement', required: true },
      attendance,
      certificate,
      invoice,
    ],
  },
  public_agent: {
    label: 'Agent·e public·que (congé pour bilan de compétences)',
    initialStatus: 'draft',
    basis: 'Règles propres à chaque fonction publique, legal.md EMP-03 (U)',
    statuses: [
      { code: 'draft', label: 'Dossier en préparation', next: ['leave_requested', 'abandoned'] },
      {
        code: 'leave_requested',
        label: 'Congé pour bilan demandé à l’administration',
        next: ['leave_granted', 'leave_refused'],
      },
      { code: 'leave_granted', label: 'Congé et financement accordés', next: ['invoiced', 'abandoned'] },
      { code: 'leave_refused', label: 'Congé refusé', next: [] },
      { code: 'abandoned', label: 'Dossier abandonné', next: [] },
      ...invoicedPaid,
    ],
    documents: [
      quote,
      { code: 'demande_conge_bilan', label: 'Demande de congé pour bilan de compétences', required: true },
      {
        code: 'decision_administration',
        label: 'Décision de l’administration (congé et prise en charge)',
        required: true,
      },
      {
        code: 'convention_employeur_public',
        label: 'Convention avec l’employeur public, s’il en demande une',
        required: false,
      },
      attendance,
      certificate,
      invoice,
    ],
  },
} as const satisfies Record<string, FinancingTypeDefinition>;

export type FinancingType = keyof typeof FINANCING_TYPES;

/** The rules that apply to a funding: OPCO and Transitions Pro follow the same ones. */
export function financingType(financing: Financing): FinancingType {
  return financing === 'opco' || financing === 'transitions_pro' ? 'opco_transitions_pro' : financing;
}
export const FINANCING_TYPE_CODES = Object.keys(FINANCING_TYPES) as FinancingType[];

export function financingStatus(type: FinancingType, code: string): FinancingStatus | undefined {
  const statuses: readonly FinancingStatus[] = FINANCING_TYPES[type].statuses;
  return statuses.find((status) => status.code === code);
}

/** A status from which no move is possible (paid, refused, withdrawn…). */
export function isFinalFinancingStatus(type: FinancingType, code: string): boolean {
  return financingStatus(type, code)?.next.length === 0;
}

export type FinancingStatusCode = 'unknown_financing_status' | 'financing_status_change_not_allowed';

/** Checks a status change of a financing file against its type's allowed moves. */
export function checkFinancingStatusChange(
  type: FinancingType,
  from: string,
  to: string,
): RuleReport<FinancingStatusCode> {
  const current = financingStatus(type, from);
  const target = financingStatus(type, to);
  if (!current || !target) {
    const unknown = current ? to : from;
    return toReport([
      ruleError(
        'unknown_financing_status',
        `Le statut « ${unknown} » n’existe pas pour le financement « ${FINANCING_TYPES[type].label} ».`,
        {
          status: unknown,
        },
      ),
    ]);
  }
  if (current.next.includes(to)) return toReport([]);
  return toReport([
    ruleError(
      'financing_status_change_not_allowed',
      `Le dossier de financement ne peut pas passer de « ${current.label} » à « ${target.label} ».`,
      { from, to },
    ),
  ]);
}
