/**
 * An admin or consultant marks a lead contacted, classifies it « sans suite » (with a reason) or
 * reopens it, through the domain's state machine; audited in its transaction.
 */
import { nextLeadStatus } from '../domain/lead-transition.ts';
import type { LeadStatusAction } from '../contracts/schemas.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { auditContext } from '../../platform/deps.ts';
import { requireRole } from '../../platform/authorize.ts';
import { loadLead, setLeadStatus } from '../data/lead-repository.ts';

export async function changeLeadStatus(
  deps: Deps,
  actor: Actor,
  leadId: string,
  input: LeadStatusAction,
): Promise<void> {
  requireRole(actor, 'admin', 'consultant');
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const lead = await loadLead(trx, actor, leadId, true);
    const to = nextLeadStatus(lead.status, { type: input.action });
    const reason = input.reason || null;
    await setLeadStatus(trx, lead, to, actor.userId, now, { reason });
    await deps.audit.record(
      trx,
      auditContext(actor),
      {
        action: 'lead.status_changed',
        subjectType: 'lead',
        subjectId: lead.id,
        details: { from: lead.status, to, ...(reason ? { reason } : {}) },
      },
      now,
    );
  });
}
