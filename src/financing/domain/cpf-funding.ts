/**
 * CPF funding rules for a bilan: accompaniment hours (13 h to 24 h), the cap on the price, the
 * holder's fixed participation and its exemptions, and the 5-year waiting period.
 *
 * `referenceDate` is the date whose rules apply: the order's validation date (legal.md §0
 * "validate each bilan against the parameters in force on its order or start date").
 * The 2026 rules (cap, 13 h minimum, waiting period) do not apply to orders validated before
 * 26 February 2026; the participation does not apply before 2 May 2024.
 */
import { addYears, type PlainDate } from '../../shared/calendar/plain-date.ts';
import { DEFAULT_RULE_CONTEXT, type RuleContext } from '../../shared/rules/context.ts';
import { formatDateFr, formatEurosFr, formatMinutesFr } from '../../shared/rules/format.ts';
import { parameterAt, parameterAtIfIntroduced, parameterIntroducedOn } from '../../shared/parameters/lookup.ts';
import {
  ruleError,
  ruleInfo,
  ruleWarning,
  toReport,
  type RuleIssue,
  type RuleReport,
} from '../../shared/rules/result.ts';
import { checkCents, checkMinutes } from '../../shared/rules/amounts.ts';

export type CpfHoursCode = 'invalid_minutes' | 'cpf_accompaniment_below_minimum' | 'accompaniment_above_maximum';

/** A CPF offer or bilan must plan between the minimum (since 2026) and the maximum of accompaniment. */
export function checkCpfAccompanimentHours(
  input: { accompanimentMinutes: number; referenceDate: PlainDate },
  ctx: RuleContext = DEFAULT_RULE_CONTEXT,
): RuleReport<CpfHoursCode> {
  const invalid = checkMinutes(input.accompanimentMinutes, 'La durée d’accompagnement');
  if (invalid) return toReport([invalid]);
  const issues: RuleIssue<CpfHoursCode>[] = [];
  const minutes = input.accompanimentMinutes;
  const min = parameterAtIfIntroduced('cpf.minAccompanimentMinutes', input.referenceDate, ctx.parameters);
  const max = parameterAt('bilan.maxAccompanimentMinutes', input.referenceDate, ctx.parameters);
  if (min !== undefined && minutes < min) {
    issues.push(
      ruleError(
        'cpf_accompaniment_below_minimum',
        `Un bilan financé par le CPF doit comporter au moins ${formatMinutesFr(min)} d’accompagnement effectif ; ` +
          `${formatMinutesFr(minutes)} sont prévues.`,
        { minutes, minimumMinutes: min },
      ),
    );
  }
  if (minutes > max) {
    issues.push(
      ruleError(
        'accompaniment_above_maximum',
        `Un bilan ne peut pas dépasser ${formatMinutesFr(max)} d’accompagnement ; ${formatMinutesFr(minutes)} sont prévues.`,
        { minutes, maximumMinutes: max },
      ),
    );
  }
  return toReport(issues);
}

/** The exemptions from the CPF participation (legal.md CPF-03, décret 2024-394). */
export const CPF_PARTICIPATION_EXEMPTIONS = [
  { code: 'job_seeker', label: 'Titulaire demandeur ou demandeuse d’emploi' },
  {
    code: 'employer_cofunding',
    label: 'Achat cofinancé par l’employeur, y compris au titre d’un accord d’entreprise, de branche ou d’un OPCO',
  },
  { code: 'c2p_points', label: 'Mobilisation des points du compte professionnel de prévention (C2P)' },
  {
    code: 'at_mp_abondement',
    label: 'Abondement pour accident du travail ou maladie professionnelle (incapacité permanente d’au moins 10 %)',
  },
  {
    code: 'elected_official_dife',
    label: 'Droit individuel à la formation des élu·es locaux (DIFE) mobilisé pour le mandat',
  },
] as const;
export type CpfParticipationExemption = (typeof CPF_PARTICIPATION_EXEMPTIONS)[number]['code'];

export interface CpfParticipation {
  /** Amount the holder pays, in cents: 0 when exempt or before the participation existed. */
  amountCents: number;
  /** The amount in force, whether or not it is due. */
  amountInForceCents: number;
  due: boolean;
  /** The first exemption that applies, if any. */
  exemption?: (typeof CPF_PARTICIPATION_EXEMPTIONS)[number];
  issue: RuleIssue<'cpf_participation_due' | 'cpf_participation_exempt' | 'cpf_participation_not_applicable'>;
}

/** The holder's fixed participation for an order validated on `referenceDate`. */
export function cpfParticipation(
  input: { referenceDate: PlainDate; exemptions?: readonly CpfParticipationExemption[] },
  ctx: RuleContext = DEFAULT_RULE_CONTEXT,
): CpfParticipation {
  const amount = parameterAtIfIntroduced('cpf.participationCents', input.referenceDate, ctx.parameters);
  if (amount === undefined) {
    const since = parameterIntroducedOn('cpf.participationCents', ctx.parameters);
    return {
      amountCents: 0,
      amountInForceCents: 0,
      due: false,
      issue: ruleInfo(
        'cpf_participation_not_applicable',
        `Aucune participation forfaitaire n’était due pour une commande validée avant le ${formatDateFr(since)}.`,
      ),
    };
  }
  const exemption = CPF_PARTICIPATION_EXEMPTIONS.find((candidate) => input.exemptions?.includes(candidate.code));
  if (exemption) {
    return {
      amountCents: 0,
      amountInForceCents: amount,
      due: false,
      exemption,
      issue: ruleInfo(
        'cpf_participation_exempt',
        `Pas de participation forfaitaire (${formatEurosFr(amount)}) : ${exemption.label}.`,
        {
          exemption: exemption.code,
          amountInForceCents: amount,
        },
      ),
    };
  }
  return {
    amountCents: amount,
    amountInForceCents: amount,
    due: true,
    issue: ruleInfo(
      'cpf_participation_due',
      `Participation forfaitaire à la charge du ou de la titulaire : ${formatEurosFr(amount)}. Seuls l’employeur ou un OPCO ` +
        'peuvent la payer à sa place ; l’organisme ne peut ni la rembourser ni la prendre en charge.',
      { amountCents: amount },
    ),
  };
}

export type CpfPriceCode = 'invalid_amount' | 'cpf_price_above_cap';

export interface CpfPriceCheck extends RuleReport<CpfPriceCode> {
  /** The cap in force, or null when no cap applied yet. */
  capCents: number | null;
  /** The most the CPF can pay, within the holder's rights (Sillage never asks for the balance). */
  maxCpfCents: number;
  /** What remains beyond the cap, for the beneficiary or a co-funder. The participation is separate. */
  remainderCents: number;
}

/** Warns when a price exceeds the CPF cap and shows what remains to be funded. */
export function checkCpfPrice(
  input: { priceCents: number; referenceDate: PlainDate },
  ctx: RuleContext = DEFAULT_RULE_CONTEXT,
): CpfPriceCheck {
  const invalid = checkCents(input.priceCents, 'Le prix');
  if (invalid) return { ...toReport([invalid]), capCents: null, maxCpfCents: 0, remainderCents: 0 };
  const cap = parameterAtIfIntroduced('cpf.capCents', input.referenceDate, ctx.parameters);
  if (cap === undefined || input.priceCents <= cap) {
    return { ...toReport([]), capCents: cap ?? null, maxCpfCents: input.priceCents, remainderCents: 0 };
  }
  const remainder = input.priceCents - cap;
  const warning = ruleWarning(
    'cpf_price_above_cap',
    `Le prix (${formatEurosFr(input.priceCents)}) dépasse le plafond de prise en charge du CPF pour un bilan ` +
      `(${formatEurosFr(cap)}) : ${formatEurosFr(remainder)} restent à financer par le ou la bénéficiaire ou par un cofinancement.`,
    { priceCents: input.priceCents, capCents: cap, remainderCents: remainder },
  );
  return { ...toReport([warning]), capCents: cap, maxCpfCents: cap, remainderCents: remainder };
}

/** What the beneficiary answered to "a bilan funded by public or pooled money in the last years?". */
export const PREVIOUS_PUBLIC_BILAN_ANSWERS = ['unknown', 'none', 'yes'] as const;
export type PreviousPublicBilanAnswer = (typeof PREVIOUS_PUBLIC_BILAN_ANSWERS)[number];

/** The beneficiary's answer to "a bilan funded by public or pooled money in the last years?". */
export type PreviousPublicBilan =
  | { declared: 'none' }
  /** `on`: the date of that bilan as declared (its end, when known). */
  | { declared: 'yes'; on?: PlainDate | undefined };

export type CpfCarenceCode = 'cpf_carence_possible';

/**
 * Warns (never blocks: Mon Compte Formation checks eligibility itself) when the self-declared
 * previous bilan falls within the waiting period. With a date, the period ends on its 5th
 * anniversary: a bilan of 2021-03-01 warns for orders until 2026-02-28, not from 2026-03-01.
 */
export function checkCpfCarence(
  input: { referenceDate: PlainDate; previous: PreviousPublicBilan },
  ctx: RuleContext = DEFAULT_RULE_CONTEXT,
): RuleReport<CpfCarenceCode> {
  const years = parameterAtIfIntroduced('cpf.carenceYears', input.referenceDate, ctx.parameters);
  if (years === undefined || input.previous.declared === 'none') return toReport([]);
  const previousOn = input.previous.on;
  if (previousOn === undefined) {
    return toReport([
      ruleWarning(
        'cpf_carence_possible',
        `Un bilan financé sur fonds publics ou mutualisés au cours des ${years} dernières années a été déclaré : ` +
          'le CPF pourrait refuser de financer ce bilan. Mon Compte Formation vérifie lui-même l’éligibilité.',
        { years },
      ),
    ]);
  }
  const endsOn = addYears(previousOn, years);
  if (input.referenceDate >= endsOn) return toReport([]);
  return toReport([
    ruleWarning(
      'cpf_carence_possible',
      `Un bilan financé sur fonds publics ou mutualisés a été déclaré le ${formatDateFr(previousOn)}, il y a moins de ` +
        `${years} ans : le CPF pourrait refuser de financer un nouveau bilan avant le ${formatDateFr(endsOn)}. ` +
        'Mon Compte Formation vérifie lui-même l’éligibilité.',
      { years, previousOn, carenceEndsOn: endsOn },
    ),
  ]);
}
