/**
 * Financing clocks (decision 015), safe to run twice with `now` passed in:
 * - employer plan: a convention not signed by the employee within their 10 days is deemed
 *   refused (R6313-8); the status moves to `refused` once and the consultant gets one e-mail;
 * - self-funded: once the withdrawal period after the contract's signature is over, the status
 *   moves to `withdrawal_period_over`.
 * Rows are claimed with SKIP LOCKED and changed in the same transaction, so a second run finds
 * nothing left to do.
 */
import { parisDate } from '../../platform/clock.ts';
import { conventionLapsedEmail } from '../../documents/domain/emails.ts';
import { parsePlainDate } from '../../shared/calendar/plain-date.ts';
import { conventionStatusAt } from '../domain/employer-plan.ts';
import { withdrawalPeriodEnd } from '../domain/self-funded.ts';
import { signedOn } from './financing.ts';
import { OPEN_PHASES } from '../../bilans/domain/phases.ts';
import type { Deps } from '../../platform/deps.ts';

export async function sweepFinancingDeadlines(
  deps: Deps,
  now: Date,
): Promise<{ conventionsLapsed: number; withdrawalsOver: number }> {
  const { db, publicUrl } = deps;
  const today = parsePlainDate(parisDate(now));
  return db.transaction().execute(async (trx) => {
    const context = (organisationId: string) => ({
      organisationId,
      userId: null,
      role: 'system',
      ip: null,
      userAgent: null,
    });
    let conventionsLapsed = 0;
    let withdrawalsOver = 0;

    const conventions = await trx
      .selectFrom('bilan_financings as f')
      .innerJoin('bilans as b', 'b.id', 'f.bilan_id')
      .innerJoin('users as u', 'u.id', 'b.beneficiary_id')
      .innerJoin('users as c', 'c.id', 'b.consultant_id')
      .select([
        'f.bilan_id',
        'f.organisation_id',
        'f.convention_sent_on',
        'u.first_name',
        'u.last_name',
        'c.first_name as c_first',
        'c.email as c_email',
      ])
      .where('b.financing', '=', 'employer_plan')
      .where('b.phase', 'in', OPEN_PHASES)
      .where('f.status', '=', 'sent_to_employee')
      .where('f.convention_sent_on', 'is not', null)
      .forUpdate('f')
      .skipLocked()
      .execute();
    for (const row of conventions) {
      const sentOn = parsePlainDate(row.convention_sent_on!);
      const status = conventionStatusAt(
        { sentOn, employeeSignedOn: await signedOn(trx, row.bilan_id, 'convention_tripartite', 'beneficiary') },
        today,
      );
      if (status.status !== 'refused_by_silence') continue;
      await trx
        .updateTable('bilan_financings')
        .set({ status: 'refused', updated_at: now })
        .where('bilan_id', '=', row.bilan_id)
        .execute();
      await deps.audit.record(
        trx,
        context(row.organisation_id),
        {
          action: 'financing.status_changed',
          subjectType: 'bilan',
          subjectId: row.bilan_id,
          bilanId: row.bilan_id,
          details: { from: 'sent_to_employee', to: 'refused', by: 'sweep' },
        },
        now,
      );
      await deps.outbox.enqueue(
        trx,
        {
          organisationId: row.organisation_id,
          kind: 'convention_lapsed',
          to: row.c_email,
          message: conventionLapsedEmail({
            consultantFirstName: row.c_first,
            beneficiaryName: `${row.first_name} ${row.last_name}`,
            deadline: status.deadline,
            url: `${publicUrl}/consultant/bilans/${row.bilan_id}`,
          }),
        },
        now,
      );
      conventionsLapsed++;
    }

    const contracts = await trx
      .selectFrom('bilan_financings as f')
      .innerJoin('bilans as b', 'b.id', 'f.bilan_id')
      .select(['f.bilan_id', 'f.organisation_id'])
      .where('b.financing', '=', 'self_funded')
      .where('f.status', '=', 'contract_signed')
      .forUpdate('f')
      .skipLocked()
      .execute();
    for (const row of contracts) {
      const signed = await signedOn(trx, row.bilan_id, 'contrat_individuel', 'beneficiary');
      if (!signed || today <= withdrawalPeriodEnd(signed)) continue;
      await trx
        .updateTable('bilan_financings')
        .set({ status: 'withdrawal_period_over', updated_at: now })
        .where('bilan_id', '=', row.bilan_id)
        .execute();
      await deps.audit.record(
        trx,
        context(row.organisation_id),
        {
          action: 'financing.status_changed',
          subjectType: 'bilan',
          subjectId: row.bilan_id,
          bilanId: row.bilan_id,
          details: { from: 'contract_signed', to: 'withdrawal_period_over', by: 'sweep' },
        },
        now,
      );
      withdrawalsOver++;
    }
    return { conventionsLapsed, withdrawalsOver };
  });
}
