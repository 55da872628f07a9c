/**
 * The financing record of a bilan (decision 015): type-specific data, its status in the type's
 * catalogue, and the warnings of the rules in force (CPF cap and remainder, participation and
 * exemptions, self-declared previous bilan, hours; employer's convention clock; self-funded
 * withdrawal period). The consultant of the bilan reads and writes it; nothing else sees it.
 */
import type { Kysely } from 'kysely';
import { parisDate } from '../../platform/clock.ts';
import { parseEurosToCents } from '../../shared/rules/amounts.ts';
import { parsePlainDate, type PlainDate } from '../../shared/calendar/plain-date.ts';
import {
  FINANCING_TYPES,
  checkFinancingStatusChange,
  financingStatus,
  type FinancingStatus,
} from '../domain/catalog.ts';
import { checkCpfStartDate, cpfEarliestStart } from '../domain/cpf-calendar.ts';
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
import { parameterAt } from '../../shared/parameters/lookup.ts';
import { formatDateFr } from '../../shared/rules/format.ts';
import type { RuleIssue } from '../../shared/rules/result.ts';
import type { FinancingView, SaveFinancing } from '../../documents/contracts/schemas.ts';
import { AppError } from '../../shared/errors.ts';
import type { AuditContext, Actor, Deps } from '../../platform/deps.ts';
import { auditContext } from '../../platform/deps.ts';
import { requireRole } from '../../platform/authorize.ts';
import { financingType } from '../domain/catalog.ts';
import type { Financing } from '../domain/catalog.ts';
import { isOpen, type Phase } from '../../bilans/domain/phases.ts';
import type { Database } from '../../platform/db/database.ts';
import { lockBilan } from '../../bilans/data/bilan-access.ts';
import { ruleErrors } from '../../shared/rules/rule-errors.ts';

type Trx = Kysely<Database>;
export type FinancingRow = Awaited<ReturnType<typeof loadFinancing>>;

/** The bilan's financing record, created with the type's initial status on first read. */
export async function loadFinancing(trx: Trx, bilan: { id: string; organisation_id: string; financing: Financing }) {
  const existing = await trx
    .selectFrom('bilan_financings')
    .selectAll()
    .where('bilan_id', '=', bilan.id)
    .executeTakeFirst();
  if (existing) return existing;
  await trx
    .insertInto('bilan_financings')
    .values({
      bilan_id: bilan.id,
      organisation_id: bilan.organisation_id,
      status: FINANCING_TYPES[financingType(bilan.financing)].initialStatus,
    })
    .onConflict((oc) => oc.column('bilan_id').doNothing())
    .execute();
  return trx.selectFrom('bilan_financings').selectAll().where('bilan_id', '=', bilan.id).executeTakeFirstOrThrow();
}

async function bilanRow(trx: Trx, actor: Actor, bilanId: string) {
  const locked = await lockBilan(trx, actor, bilanId, 'consultant');
  const extra = await trx
    .selectFrom('bilans as b')
    .innerJoin('organisations as o', 'o.id', 'b.organisation_id')
    .select(['b.financing', 'b.planned_accompaniment_minutes', 'o.siret as provider_siret'])
    .where('b.id', '=', bilanId)
    .executeTakeFirstOrThrow();
  return { ...locked, ...extra };
}

const plain = (value: string | null | undefined): PlainDate | null => (value ? parsePlainDate(value) : null);
const view = (issue: RuleIssue) => ({ code: issue.code, severity: issue.severity, message: issue.message });

/** The beneficiary's signature date of the current document of a kind, if any. */
export async function signedOn(
  trx: Trx,
  bilanId: string,
  kind: 'contrat_individuel' | 'convention_tripartite',
  role: 'beneficiary',
): Promise<PlainDate | null> {
  const row = await trx
    .selectFrom('document_signatures as s')
    .innerJoin('bilan_documents as d', 'd.id', 's.document_id')
    .select('s.signed_at')
    .where('d.bilan_id', '=', bilanId)
    .where('d.kind', '=', kind)
    .where('d.superseded_at', 'is', null)
    .where('s.signer_role', '=', role)
    .executeTakeFirst();
  return row ? parsePlainDate(parisDate(row.signed_at)) : null;
}

export async function financingView(
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
        { sentOn, employeeSignedOn: await signedOn(trx, bilan.id, 'convention_tripartite', 'beneficiary') },
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
    const signed = await signedOn(trx, bilan.id, 'contrat_individuel', 'beneficiary');
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

/** The first planned or held séance of the bilan on or before `date` (Paris calendar days), if any. */
async function firstSeanceOnOrBefore(trx: Trx, bilanId: string, date: PlainDate): Promise<PlainDate | null> {
  const rows = await trx
    .selectFrom('seances')
    .select('starts_at')
    .where('bilan_id', '=', bilanId)
    .where('status', 'in', ['planned', 'held'])
    .where('mode', '!=', 'personal_work')
    .orderBy('starts_at')
    .limit(1)
    .execute();
  const first = rows[0] ? parsePlainDate(parisDate(rows[0].starts_at)) : null;
  return first && first <= date ? first : null;
}

export async function getFinancing(deps: Deps, actor: Actor, bilanId: string): Promise<FinancingView> {
  requireRole(actor, 'consultant');
  const today = parsePlainDate(parisDate(deps.clock.now()));
  return deps.db.transaction().execute(async (trx) => financingView(trx, await bilanRow(trx, actor, bilanId), today));
}

/** Empty text clears a field; an absent field is left as it is. */
const textOrNull = (value: string | undefined) =>
  value === undefined ? undefined : value.trim() === '' ? null : value.trim();

export async function saveFinancing(
  deps: Deps,
  actor: Actor,
  bilanId: string,
  input: SaveFinancing,
): Promise<FinancingView> {
  requireRole(actor, 'consultant');
  const now = deps.clock.now();
  const today = parsePlainDate(parisDate(now));
  const fields: Record<string, string> = {};
  let priceCents: number | null | undefined;
  if (input.price !== undefined) {
    if (input.price.trim() === '') priceCents = null;
    else {
      const parsed = parseEurosToCents(input.price);
      if (parsed.ok) priceCents = parsed.cents;
      else fields.price = parsed.issue.message;
    }
  }
  const dates = {
    cpfValidatedOn: textOrNull(input.cpfValidatedOn),
    previousPublicBilanOn: textOrNull(input.previousPublicBilanOn),
  };
  for (const [field, value] of Object.entries(dates)) {
    if (!value) continue;
    let date: PlainDate;
    try {
      date = parsePlainDate(value);
    } catch {
      fields[field] = 'Cette date n’existe pas : vérifiez le jour et le mois.';
      continue;
    }
    if (date > today)
      fields[field] =
        field === 'cpfValidatedOn'
          ? 'La commande ne peut pas avoir été validée dans le futur.'
          : 'Le bilan précédent ne peut pas être dans le futur.';
  }
  if (input.previousPublicBilan !== 'yes' && dates.previousPublicBilanOn) {
    fields.previousPublicBilanOn =
      'Indiquez une date seulement si un bilan a été financé sur fonds publics ou mutualisés.';
  }
  if (Object.keys(fields).length > 0)
    throw new AppError('validation_failed', { message: Object.values(fields).join(' '), fields });

  return deps.db.transaction().execute(async (trx) => {
    const bilan = await bilanRow(trx, actor, bilanId);
    if (!isOpen(bilan.phase)) throw new AppError('bilan_closed');
    const row = await loadFinancing(trx, bilan);
    const type = financingType(bilan.financing);
    const set: Partial<Record<string, unknown>> = { updated_at: now, updated_by: actor.userId };
    if (priceCents !== undefined) set.price_cents = priceCents;
    if (type === 'cpf') {
      if (input.cpfOrderReference !== undefined) set.cpf_order_reference = textOrNull(input.cpfOrderReference);
      if (dates.cpfValidatedOn !== undefined) set.cpf_validated_on = dates.cpfValidatedOn;
      if (input.cpfExemptions !== undefined) set.cpf_exemptions = [...new Set(input.cpfExemptions)];
      if (input.previousPublicBilan !== undefined) {
        set.previous_public_bilan = input.previousPublicBilan;
        set.previous_public_bilan_on =
          input.previousPublicBilan === 'yes' ? (dates.previousPublicBilanOn ?? null) : null;
      }
    }
    if (type === 'employer_plan' || type === 'opco_transitions_pro') {
      if (input.employerName !== undefined) set.employer_name = textOrNull(input.employerName);
      if (input.employerSiret !== undefined) set.employer_siret = textOrNull(input.employerSiret);
      if (input.employerContactName !== undefined) set.employer_contact_name = textOrNull(input.employerContactName);
      if (input.employerContactEmail !== undefined)
        set.employer_contact_email = textOrNull(input.employerContactEmail)?.toLowerCase() ?? null;
      const siret = (set.employer_siret as string | null | undefined) ?? row.employer_siret;
      if (siret && bilan.provider_siret) {
        const check = checkEmployerIsNotProvider({ employerSiret: siret, providerSiret: bilan.provider_siret });
        if (!check.ok)
          throw new AppError('validation_failed', {
            message: check.issues[0]?.message ?? '',
            fields: { employerSiret: check.issues[0]?.message ?? '' },
          });
      }
    }
    if (type === 'opco_transitions_pro' || type === 'france_travail' || type === 'public_agent') {
      if (input.funderName !== undefined) set.funder_name = textOrNull(input.funderName);
      if (input.funderReference !== undefined) set.funder_reference = textOrNull(input.funderReference);
    }
    await trx.updateTable('bilan_financings').set(set).where('bilan_id', '=', bilanId).execute();
    await deps.audit.record(
      trx,
      auditContext(actor),
      {
        action: 'financing.updated',
        subjectType: 'bilan',
        subjectId: bilanId,
        bilanId,
        details: { type, status: row.status },
      },
      now,
    );
    return financingView(trx, bilan, today);
  });
}

/** Moves the financing status along the type's catalogue (refusals name both statuses). */
export async function changeFinancingStatus(
  deps: Deps,
  actor: Actor,
  bilanId: string,
  to: string,
): Promise<FinancingView> {
  requireRole(actor, 'consultant');
  const now = deps.clock.now();
  const today = parsePlainDate(parisDate(now));
  return deps.db.transaction().execute(async (trx) => {
    const bilan = await bilanRow(trx, actor, bilanId);
    const row = await loadFinancing(trx, bilan);
    const type = financingType(bilan.financing);
    const check = checkFinancingStatusChange(type, row.status, to);
    if (!check.ok) throw new AppError('financing_refused', { message: check.issues[0]?.message ?? '' });
    if (type === 'cpf' && to === 'order_validated' && !row.cpf_validated_on) {
      throw new AppError('financing_refused', {
        message: 'Indiquez d’abord la date de validation de la commande CPF.',
      });
    }
    await setFinancingStatus(deps, trx, auditContext(actor), bilanId, row.status, to, 'user', now);
    return financingView(trx, bilan, today);
  });
}

export async function setFinancingStatus(
  deps: Deps,
  trx: Trx,
  context: AuditContext,
  bilanId: string,
  from: string,
  to: string,
  by: 'user' | 'sweep' | 'signature',
  now: Date,
): Promise<void> {
  await trx
    .updateTable('bilan_financings')
    .set({ status: to, updated_at: now })
    .where('bilan_id', '=', bilanId)
    .execute();
  await deps.audit.record(
    trx,
    context,
    {
      action: 'financing.status_changed',
      subjectType: 'bilan',
      subjectId: bilanId,
      bilanId,
      details: { from, to, by },
    },
    now,
  );
}

/** CPF: no séance before the earliest start after the order's validation, when it is known. */
export async function assertCpfStartAllowed(trx: Trx, bilanId: string, date: string): Promise<void> {
  const cpf = await trx
    .selectFrom('bilans as b')
    .innerJoin('bilan_financings as f', 'f.bilan_id', 'b.id')
    .select('f.cpf_validated_on')
    .where('b.id', '=', bilanId)
    .where('b.financing', '=', 'cpf')
    .executeTakeFirst();
  if (!cpf?.cpf_validated_on) return;
  const start = checkCpfStartDate({ validatedOn: parsePlainDate(cpf.cpf_validated_on), startOn: parsePlainDate(date) });
  if (!start.ok) throw ruleErrors(start.issues, { cpf_start_too_early: 'date' });
}
