/**
 * The consultant saves the financing record of one of their open bilans: the price, how the
 * bilan is delivered (planned period, modality and place, personal-work hours, working time:
 * what its quote, contract or convention print), and the fields of its type (CPF order,
 * employer, funder); dates, hours and the employer's SIRET are checked.
 */
import type { Updateable } from 'kysely';
import { parisDate } from '../../platform/clock.ts';
import { parseEurosToCents } from '../../shared/rules/amounts.ts';
import { parsePlainDate, type PlainDate } from '../../shared/calendar/plain-date.ts';
import { financingType } from '../domain/catalog.ts';
import { checkEmployerIsNotProvider } from '../domain/employer-plan.ts';
import { workingTimeApplies } from '../domain/prestation.ts';
import { hoursField } from '../../bilans/contracts/schemas.ts';
import { cpfOrdersOpenedOn } from '../domain/cpf-calendar.ts';
import { formatDateFr } from '../../shared/rules/format.ts';
import type { FinancingView, SaveFinancing } from '../contracts/schemas.ts';
import { AppError } from '../../shared/errors.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { auditContext } from '../../platform/deps.ts';
import { requireRole } from '../../platform/authorize.ts';
import { isOpen } from '../../bilans/domain/phases.ts';
import type { Database } from '../../platform/db/database.ts';
import { loadFinancing, lockBilanForFinancing, updateFinancing } from '../data/financing-repository.ts';
import { readFinancingView } from './read-financing-view.ts';

/** 100 hours: far beyond any bilan's personal work, below the stored limit. */
const MAX_PERSONAL_WORK_MINUTES = 6000;

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
      if (!parsed.ok) fields.price = parsed.issue.message;
      else if (parsed.cents === 0) fields.price = 'Indiquez un prix TTC supérieur à zéro, ou laissez le champ vide.';
      else priceCents = parsed.cents;
    }
  }
  let personalWorkMinutes: number | null | undefined;
  if (input.personalWorkHours !== undefined) {
    if (input.personalWorkHours.trim() === '') personalWorkMinutes = null;
    else {
      const parsed = hoursField.safeParse(input.personalWorkHours);
      if (!parsed.success) fields.personalWorkHours = parsed.error.issues[0]?.message ?? '';
      else if (parsed.data > MAX_PERSONAL_WORK_MINUTES)
        fields.personalWorkHours = 'Indiquez au plus 100 heures de travail personnel.';
      else personalWorkMinutes = parsed.data;
    }
  }
  const dates = {
    cpfValidatedOn: textOrNull(input.cpfValidatedOn),
    previousPublicBilanOn: textOrNull(input.previousPublicBilanOn),
    plannedStartOn: textOrNull(input.plannedStartOn),
    plannedEndOn: textOrNull(input.plannedEndOn),
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
    if (field === 'plannedStartOn' || field === 'plannedEndOn') continue;
    if (date > today)
      fields[field] =
        field === 'cpfValidatedOn'
          ? 'La commande ne peut pas avoir été validée dans le futur.'
          : 'Le bilan précédent ne peut pas être dans le futur.';
    else if (field === 'cpfValidatedOn' && date < cpfOrdersOpenedOn())
      fields[field] =
        `La commande ne peut pas avoir été validée avant l’ouverture de Mon Compte Formation, le ${formatDateFr(cpfOrdersOpenedOn())}.`;
  }
  if (input.previousPublicBilan !== 'yes' && dates.previousPublicBilanOn) {
    fields.previousPublicBilanOn =
      'Indiquez une date seulement si un bilan a été financé sur fonds publics ou mutualisés.';
  }
  if (dates.plannedStartOn && dates.plannedEndOn && !fields.plannedStartOn && !fields.plannedEndOn) {
    if (dates.plannedEndOn < dates.plannedStartOn)
      fields.plannedEndOn = 'La date de fin prévue ne peut pas précéder la date de début prévue.';
  }
  if (Object.keys(fields).length > 0)
    throw new AppError('validation_failed', { message: Object.values(fields).join(' '), fields });

  return deps.db.transaction().execute(async (trx) => {
    const bilan = await lockBilanForFinancing(trx, actor, bilanId);
    if (!isOpen(bilan.phase)) throw new AppError('bilan_closed');
    const row = await loadFinancing(trx, bilan);
    const type = financingType(bilan.financing);
    const set: Updateable<Database['bilan_financings']> = { updated_at: now, updated_by: actor.userId };
    if (priceCents !== undefined) set.price_cents = priceCents;
    if (personalWorkMinutes !== undefined) set.personal_work_minutes = personalWorkMinutes;
    if (dates.plannedStartOn !== undefined) set.planned_start_on = dates.plannedStartOn;
    if (dates.plannedEndOn !== undefined) set.planned_end_on = dates.plannedEndOn;
    if (input.modality !== undefined) set.modality = input.modality === '' ? null : input.modality;
    if (input.places !== undefined) set.places = textOrNull(input.places);
    if (input.workingTime !== undefined && workingTimeApplies(type))
      set.working_time = input.workingTime === '' ? null : input.workingTime;
    // A period saved in two steps is checked against the stored other end.
    const start = set.planned_start_on === undefined ? row.planned_start_on : set.planned_start_on;
    const end = set.planned_end_on === undefined ? row.planned_end_on : set.planned_end_on;
    if (start && end && end < start) {
      const message = 'La date de fin prévue ne peut pas précéder la date de début prévue.';
      throw new AppError('validation_failed', { message, fields: { plannedEndOn: message } });
    }
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
    await updateFinancing(trx, bilanId, set);
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
    return readFinancingView(trx, bilan, today);
  });
}
