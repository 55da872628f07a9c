/**
 * Moves a bilan's financing status and records it in the audit log, by the consultant, the
 * deadline sweep or the effect of a signature (the caller checked the change).
 */
import type { AuditContext, Deps } from '../../platform/deps.ts';
import type { Trx } from '../../platform/db/kysely.ts';
import { updateFinancing } from '../data/financing-repository.ts';

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
  await updateFinancing(trx, bilanId, { status: to, updated_at: now });
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
