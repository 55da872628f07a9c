/**
 * An admin or consultant assigns a lead to one of the organisation's active consultants (or nobody);
 * the lead's history keeps the line.
 */
import { AppError } from '../../shared/errors.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { auditContext } from '../../platform/deps.ts';
import { requireRole } from '../../platform/authorize.ts';
import { isActiveConsultant, readUserName } from '../../accounts/data/user-repository.ts';
import { addLeadHistoryEvent, loadLead, setLeadAssignee } from '../data/lead-repository.ts';

export async function assignLead(deps: Deps, actor: Actor, leadId: string, consultantId: string | null): Promise<void> {
  requireRole(actor, 'admin', 'consultant');
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const lead = await loadLead(trx, actor, leadId, true);
    if (lead.status === 'converted')
      throw new AppError('lead_refused', {
        message: 'Cette demande est déjà convertie en bilan : elle ne peut plus changer.',
      });
    if (consultantId && !(await isActiveConsultant(trx, consultantId, actor.organisationId)))
      throw new AppError('validation_failed', {
        fields: { consultantId: 'Choisissez un·e consultant·e de la liste.' },
      });
    if (consultantId === lead.assigned_consultant_id) return;
    await setLeadAssignee(trx, lead.id, consultantId, now);
    if (consultantId) {
      const name = await readUserName(trx, consultantId);
      await addLeadHistoryEvent(trx, lead, 'assigned', `${name.first_name} ${name.last_name}`, actor.userId, now);
    } else await addLeadHistoryEvent(trx, lead, 'unassigned', null, actor.userId, now);
    await deps.audit.record(
      trx,
      auditContext(actor),
      { action: 'lead.assigned', subjectType: 'lead', subjectId: lead.id, details: { consultantId } },
      now,
    );
  });
}
