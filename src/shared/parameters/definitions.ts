/**
 * The parameters every rule reads: one key per amount, threshold or delay, with its unit.
 *
 * Keys are stable identifiers (stored by an admin screen, logged with a decision); the unit is
 * part of the name so call sites read unambiguously. Values are integers: money in cents,
 * durations in minutes, percentages in basis points (1 % = 100).
 */
import type { PlainDate } from '../calendar/plain-date.ts';

export const PARAMETER_UNITS = [
  'minutes',
  'cents',
  'working_days',
  'calendar_days',
  'months',
  'years',
  'basis_points',
  'count',
] as const;
export type ParameterUnit = (typeof PARAMETER_UNITS)[number];

/**
 * How sure we are of a value, as tagged in legal.md: V verified against the text, S secondary
 * sources, U unsure (check before relying on it).
 */
export const CERTAINTIES = ['V', 'S', 'U'] as const;
export type Certainty = (typeof CERTAINTIES)[number];

/**
 * Where a value comes from: `law` (Code du travail, decrees, orders), `funder_terms` (the terms of
 * use of Mon Compte Formation / EDOF, which change by version), `setting` (a product or provider
 * default that an organisation may change).
 */
export const PARAMETER_KINDS = ['law', 'funder_terms', 'setting'] as const;
export type ParameterKind = (typeof PARAMETER_KINDS)[number];

export interface ParameterDefinition {
  unit: ParameterUnit;
  kind: ParameterKind;
  /** French label for the admin screen and error messages. */
  label: string;
}

export const PARAMETER_DEFINITIONS = {
  'bilan.maxAccompanimentMinutes': {
    unit: 'minutes',
    kind: 'law',
    label: 'Durée maximale d’accompagnement par bilan',
  },
  'cpf.minAccompanimentMinutes': {
    unit: 'minutes',
    kind: 'law',
    label: 'Durée minimale d’accompagnement effectif (CPF)',
  },
  'cpf.capCents': { unit: 'cents', kind: 'law', label: 'Plafond de prise en charge CPF pour un bilan' },
  'cpf.participationCents': {
    unit: 'cents',
    kind: 'law',
    label: 'Participation forfaitaire du ou de la titulaire (CPF)',
  },
  'cpf.carenceYears': {
    unit: 'years',
    kind: 'law',
    label: 'Délai de carence après un bilan financé sur fonds publics ou mutualisés (CPF)',
  },
  'cpf.providerAnswerWorkingDays': {
    unit: 'working_days',
    kind: 'funder_terms',
    label: 'Délai de réponse de l’organisme à une demande d’inscription (CPF)',
  },
  'cpf.minStartDelayWorkingDays': {
    unit: 'working_days',
    kind: 'funder_terms',
    label: 'Délai minimal entre la validation de la commande et le début (CPF)',
  },
  'cpf.freeCancellationWorkingDays': {
    unit: 'working_days',
    kind: 'funder_terms',
    label: 'Délai avant le début au-delà duquel l’annulation est sans frais (CPF)',
  },
  'cpf.edofEntryDeclarationWorkingDays': {
    unit: 'working_days',
    kind: 'funder_terms',
    label: 'Délai de déclaration de l’entrée en formation sur EDOF',
  },
  'cpf.edofExitDeclarationWorkingDays': {
    unit: 'working_days',
    kind: 'funder_terms',
    label: 'Délai de déclaration de la sortie et du service fait sur EDOF',
  },
  'employer.conventionSignatureDays': {
    unit: 'calendar_days',
    kind: 'law',
    label: 'Délai laissé au ou à la salarié·e pour signer la convention tripartite',
  },
  'selfFunded.withdrawalDays': {
    unit: 'calendar_days',
    kind: 'law',
    label: 'Délai de rétractation du contrat individuel (financement personnel)',
  },
  'selfFunded.firstPaymentMaxBasisPoints': {
    unit: 'basis_points',
    kind: 'law',
    label: 'Part maximale du prix payable au premier versement (financement personnel)',
  },
  'retention.writtenAgreementMaxYears': {
    unit: 'years',
    kind: 'law',
    label: 'Durée maximale de conservation des documents avec accord écrit',
  },
  'followUp.defaultDelayMonths': {
    unit: 'months',
    kind: 'setting',
    label: 'Délai par défaut de l’entretien de suivi après la fin du bilan',
  },
  'sessions.atRiskNoShowCount': {
    unit: 'count',
    kind: 'setting',
    label: 'Nombre d’absences non excusées qui signale un bilan à risque',
  },
  'sessions.longSessionMinutes': {
    unit: 'minutes',
    kind: 'setting',
    label: 'Durée de séance au-delà de laquelle un avertissement s’affiche',
  },
  'sessions.atRiskInactivityDays': {
    unit: 'calendar_days',
    kind: 'setting',
    label: 'Nombre de jours sans séance qui signale un bilan à risque',
  },
  'followUp.reminderDaysBefore': {
    unit: 'calendar_days',
    kind: 'setting',
    label: 'Rappel de l’entretien de suivi, en jours avant la date prévue',
  },
  'evaluation.linkValidityDays': {
    unit: 'calendar_days',
    kind: 'setting',
    label: 'Durée de validité du lien d’une évaluation (à chaud ou à froid)',
  },
  // Intake (issue 3): warning before the Qualiopi certificate lapses.
  'qualiopi.expiryWarningCalendarDays': {
    unit: 'calendar_days',
    kind: 'setting',
    label: 'Délai d’alerte avant l’expiration du certificat Qualiopi',
  },
  // Privacy (issue 15): prospects without a contract, CNIL référentiel « gestion commerciale ».
  'leads.retentionYears': {
    unit: 'years',
    kind: 'setting',
    label: 'Durée de conservation d’une demande de contact sans bilan, depuis le dernier contact',
  },
  // Lifecycle (issue 15): destruction of the bilan's documents at the end (R6313-7, legal.md BC-11).
  'destruction.graceDays': {
    unit: 'calendar_days',
    kind: 'setting',
    label: 'Délai entre la fin du bilan et la destruction de ses documents',
  },
  'destruction.warningDaysBefore': {
    unit: 'calendar_days',
    kind: 'setting',
    label: 'Rappel de la destruction des documents, en jours avant la date prévue',
  },
  // Data lifecycle (issue 15, decision 047): destroyed content leaves the backups within this window.
  'backups.retentionDays': {
    unit: 'calendar_days',
    kind: 'setting',
    label: 'Durée de conservation des sauvegardes (au-delà, elles sont supprimées)',
  },
} as const satisfies Record<string, ParameterDefinition>;

export type ParameterKey = keyof typeof PARAMETER_DEFINITIONS;

export const PARAMETER_KEYS = Object.keys(PARAMETER_DEFINITIONS) as ParameterKey[];

export function isParameterKey(value: string): value is ParameterKey {
  return Object.hasOwn(PARAMETER_DEFINITIONS, value);
}

/** One value of one parameter over one period (both bounds included). */
export interface ParameterEntry {
  key: ParameterKey;
  /** Integer, in `unit`. */
  value: number;
  unit: ParameterUnit;
  effectiveFrom: PlainDate;
  /** Last day in force, included. Absent: still in force. */
  effectiveTo?: PlainDate | undefined;
  /** Article, decree or URL the value comes from. */
  source: string;
  certainty: Certainty;
  /** What is unsure, or how the value is interpreted. */
  note?: string | undefined;
}

/** A validated, immutable set of entries: build one with `createParameterTable`. */
export type ParameterTable = readonly Readonly<ParameterEntry>[] & { readonly __brand: 'ParameterTable' };
