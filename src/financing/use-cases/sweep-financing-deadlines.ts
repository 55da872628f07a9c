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
import {
  claimConventionsAwaitingEmployee,
  claimSignedSelfFundedContracts,
  updateFinancing,
} from '../data/financing-repository.ts';
import { findCurrentDocumentSignedAt } from '../../documents/data/signature-repository.ts';
import type { Trx } from '../../platform/db/kysely.ts';
import type { Deps } from '../../platform/deps.ts';

/** The beneficiary's signature day (Paris) of the bilan's current document of a kind, if any. */
async function signedOn(trx: Trx, bilanId: string, kind: 'contrat_individuel' | 'convention_tripartite') {
  const at = await findCurrentDocumentSignedAt(trx, bilanId, kind, 'beneficiary');
  return at ? parsePlainDate(parisDate(at)) : null;
}

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

    const conventions = await claimConventionsAwaitingEmployee(trx);
    for (const row of conventions) {
      const sentOn = parsePlainDate(row.convention_sent_on!);
      const status = conventionStatusAt(
        { sentOn, employeeSignedOn: await signedOn(trx, row.bilan_id, 'convention_tripartite') },
        today,
      );
      if (status.status !== 'refused_by_silence') continue;
      await updateFinancing(trx, row.bilan_id, { status: 'refused', updated_at: now });
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

    const contracts = await claimSignedSelfFundedContracts(trx);
    for (const row of contracts) {
      const signed = await signedOn(trx, row.bilan_id, 'contrat_individuel');
      if (!signed || today <= withdrawalPeriodEnd(signed)) continue;
      await updateFinancing(trx, row.bilan_id, { status: 'withdrawal_period_over', updated_at: now });
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
