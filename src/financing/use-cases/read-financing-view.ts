/**
 * The financing record of a bilan as its consultant sees it (decision 015): type-specific data,
 * its status in the type's catalogue, and the warnings of the rules in force (CPF cap and
 * remainder, participation and exemptions, self-declared previous bilan, hours; employer's
 * convention clock; self-funded withdrawal period). Shared by the financing's use cases and the
 * documents that print it.
 */
import { parisDate } from '../../platform/clock.ts';
import { parsePlainDate, type PlainDate } from '../../shared/calendar/plain-date.ts';
import {
  FINANCING_TYPES,
  financingStatus,
  financingType,
  type Financing,
  type FinancingStatus,
} from '../domain/catalog.ts';
import { cpfEarliestStart } from '../domain/cpf-calendar.ts';
import {
  checkCpfAccompanimentHours,
  checkCpfCarence,
  checkCpfPrice,
  cpfParticipation,
  type CpfParticipationExemption,
} from '../domain/cpf-funding.ts';
import {
  checkEmployerIsNotProvider,
  conventionSignatureDeadline,
  conventionStatusAt,
} from '../domain/employer-plan.ts';
import { firstPaymentAllowedOn, withdrawalPeriodEnd } from '../domain/self-funded.ts';
import { workingTimeApplies } from '../domain/prestation.ts';
import { findOfferTitle } from '../../organisation/data/offer-repository.ts';
import { parameterAt } from '../../shared/parameters/lookup.ts';
import { formatDateFr } from '../../shared/rules/format.ts';
import type { RuleIssue } from '../../shared/rules/result.ts';
import type { FinancingView } from '../contracts/schemas.ts';
import { isOpen, type Phase } from '../../bilans/domain/phases.ts';
import type { Trx } from '../../platform/db/kysely.ts';
import { loadFinancing } from '../data/financing-repository.ts';
import { findCurrentDocumentSignedAt } from '../../documents/data/signature-repository.ts';
import { findFirstSeanceStart } from '../../seances/data/seance-repository.ts';

const plain = (value: string | null | undefined): PlainDate | null => (value ? parsePlainDate(value) : null);
const view = (issue: RuleIssue) => ({ code: issue.code, severity: issue.severity, message: issue.message });

/** The beneficiary's signature day (Paris) of the current document of a kind, if any. */
async function signedOn(
  trx: Trx,
  bilanId: string,
  kind: 'contrat_individuel' | 'convention_tripartite',
): Promise<PlainDate | null> {
  const at = await findCurrentDocumentSignedAt(trx, bilanId, kind, 'beneficiary');
  return at ? parsePlainDate(parisDate(at)) : null;
}

/** The first planned or held séance of the bilan on or before `date` (Paris calendar days), if any. */
async function firstSeanceOnOrBefore(trx: Trx, bilanId: string, date: PlainDate): Promise<PlainDate | null> {
  const start = await findFirstSeanceStart(trx, bilanId);
  const first = start ? parsePlainDate(parisDate(start)) : null;
  return first && first <= date ? first : null;
}

export async function readFinancingView(
  trx: Trx,
  bilan: {
    id: string;
    organisation_id: string;
    phase: Phase;
    financing: Financing;
    planned_accompaniment_minutes: number;
    created_at: Date;
    provider_siret: string | null;
  },
  today: PlainDate,
): Promise<FinancingView> {
  const row = await loadFinancing(trx, bilan);
  const type = financingType(bilan.financing);
  const definition = FINANCING_TYPES[type];
  const current = financingStatus(type, row.status);
  const statuses: readonly FinancingStatus[] = definition.statuses;
  const issues: RuleIssue[] = [];
  const result: FinancingView = {
    bilanId: bilan.id,
    financing: bilan.financing,
    typeLabel: definition.label,
    status: row.status,
    statusLabel: current?.label ?? row.status,
    nextStatuses: (current?.next ?? []).map((code) => ({
      code,
      label: statuses.find((s) => s.code === code)?.label ?? code,
    })),
    priceCents: row.price_cents,
    cpf: null,
    employer: null,
    selfFunded: null,
    funder: null,
    prestation: {
      offer: row.offer_id ? ((await findOfferTitle(trx, row.offer_id)) ?? null) : null,
      plannedStartOn: row.planned_start_on,
      plannedEndOn: row.planned_end_on,
      modality: row.modality,
      places: row.places,
      personalWorkMinutes: row.personal_work_minutes,
      workingTime: row.working_time,
      workingTimeApplies: workingTimeApplies(type),
    },
    requiredDocuments: definition.documents.map((d) => ({ code: d.code, label: d.label, required: d.required })),
    issues: [],
  };
  if (type === 'cpf') {
    const validatedOn = plain(row.cpf_validated_on);
    const referenceDate = validatedOn ?? parsePlainDate(parisDate(bilan.created_at));
    const price = row.price_cents === null ? null : checkCpfPrice({ priceCents: row.price_cents, referenceDate });
    const participation = cpfParticipation({
      referenceDate,
      exemptions: row.cpf_exemptions as CpfParticipationExemption[],
    });
    if (!validatedOn) {
      issues.push({
        code: 'cpf_validation_missing',
        severity: 'info',
        message: 'Indiquez la date de validation de la commande CPF : elle fixe la date de début au plus tôt du bilan.',
        data: {},
      });
    }
    if (price) issues.push(...price.issues);
    issues.push(participation.issue);
    issues.push(
      ...checkCpfAccompanimentHours({ accompanimentMinutes: bilan.planned_accompaniment_minutes, referenceDate })
        .issues,
    );
    if (row.previous_public_bilan !== 'unknown') {
      const previous =
        row.previous_public_bilan === 'none'
          ? { declared: 'none' as const }
          : { declared: 'yes' as const, on: plain(row.previous_public_bilan_on) ?? undefined };
      issues.push(...checkCpfCarence({ referenceDate, previous }).issues);
    }
    result.cpf = {
      orderReference: row.cpf_order_reference,
      validatedOn,
      earliestStart: validatedOn ? cpfEarliestStart(validatedOn) : null,
      exemptions: row.cpf_exemptions,
      previousPublicBilan: row.previous_public_bilan,
      previousPublicBilanOn: row.previous_public_bilan_on,
      capCents: price?.capCents ?? null,
      remainderCents: price?.remainderCents ?? 0,
      participationCents: participation.amountCents,
    };
  }
  if (type === 'employer_plan') {
    const sentOn = plain(row.convention_sent_on);
    if (sentOn && row.status === 'sent_to_employee' && isOpen(bilan.phase)) {
      const status = conventionStatusAt(
        { sentOn, employeeSignedOn: await signedOn(trx, bilan.id, 'convention_tripartite') },
        today,
      );
      if (status.issue) issues.push(status.issue);
    }
    if (row.employer_siret && bilan.provider_siret)
      issues.push(
        ...checkEmployerIsNotProvider({ employerSiret: row.employer_siret, providerSiret: bilan.provider_siret })
          .issues,
      );
    result.employer = {
      name: row.employer_name,
      siret: row.employer_siret,
      contactName: row.employer_contact_name,
      contactEmail: row.employer_contact_email,
      conventionSentOn: row.convention_sent_on,
      signatureDeadline: sentOn ? conventionSignatureDeadline(sentOn) : null,
    };
  }
  if (type === 'self_funded') {
    const signed = await signedOn(trx, bilan.id, 'contrat_individuel');
    const maxBp = parameterAt('selfFunded.firstPaymentMaxBasisPoints', signed ?? today);
    result.selfFunded = {
      contractSignedOn: signed,
      withdrawalEndsOn: signed ? withdrawalPeriodEnd(signed) : null,
      firstPaymentAllowedOn: signed ? firstPaymentAllowedOn(signed) : null,
      firstPaymentMaxCents: row.price_cents === null ? null : Math.floor((row.price_cents * maxBp) / 10_000),
    };
    if (signed && today <= withdrawalPeriodEnd(signed)) {
      issues.push({
        code: 'withdrawal_period_running',
        severity: 'info',
        data: {},
        message: `Délai de rétractation en cours jusqu’au ${formatDateFr(withdrawalPeriodEnd(signed))} : aucun paiement ne peut être demandé avant le ${formatDateFr(firstPaymentAllowedOn(signed))}.`,
      });
    }
    // legal.md BC-16: warn when the bilan starts inside the withdrawal period, which the
    // beneficiary must have expressly asked for.
    if (signed) {
      const early = await firstSeanceOnOrBefore(trx, bilan.id, withdrawalPeriodEnd(signed));
      if (early) {
        issues.push({
          code: 'seance_during_withdrawal',
          severity: 'warning',
          data: { date: early },
          message: `Une séance a lieu le ${formatDateFr(early)}, pendant le délai de rétractation (jusqu’au ${formatDateFr(withdrawalPeriodEnd(signed))}) : assurez-vous que la ou le bénéficiaire a demandé expressément à commencer plus tôt, et gardez-en la trace.`,
        });
      }
    }
  }
  if (type === 'opco_transitions_pro' || type === 'france_travail' || type === 'public_agent') {
    result.funder = { name: row.funder_name, reference: row.funder_reference };
  }
  result.issues = issues.map(view);
  return result;
}
