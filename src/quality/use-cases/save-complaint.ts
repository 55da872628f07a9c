/**
 * The admin records a complaint, difficulty or incident (indicator 31) or updates it: dates
 * consistent with its status (domain/registers.ts), the improvement action it led to of this
 * organisation. A stale revision answers 409 with the current version. Audited.
 */
import { notFound, requireRole } from '../../platform/authorize.ts';
import { parisDate } from '../../platform/clock.ts';
import { auditContext, type Actor, type Deps } from '../../platform/deps.ts';
import { AppError } from '../../shared/errors.ts';
import type { Complaint, ComplaintView } from '../contracts/schemas.ts';
import { findAction } from '../data/action-repository.ts';
import { findComplaint, insertComplaint, listComplaints, updateComplaint } from '../data/complaint-repository.ts';
import { complaintDateIssues } from '../domain/registers.ts';

export async function saveComplaint(deps: Deps, actor: Actor, input: Complaint): Promise<{ complaint: ComplaintView }> {
  requireRole(actor, 'admin');
  const now = deps.clock.now();
  const issues = complaintDateIssues(input, parisDate(now));
  if (Object.keys(issues).length > 0) throw new AppError('validation_failed', { fields: issues });
  const org = actor.organisationId;
  return deps.db.transaction().execute(async (trx) => {
    const existing = input.id ? await findComplaint(trx, org, input.id) : undefined;
    if (existing && existing.revision !== input.revision)
      throw new AppError('quality_stale', { details: { current: (await listComplaints(trx, org, existing.id))[0] } });
    if (!existing && input.revision !== 0) notFound();
    if (input.improvementActionId && !(await findAction(trx, org, input.improvementActionId)))
      throw new AppError('validation_failed', {
        fields: { improvementActionId: 'Choisissez une action d’amélioration de la liste.' },
      });
    const { id: _id, revision: _revision, ...fields } = input;
    let id: string;
    if (existing) {
      await updateComplaint(trx, existing.id, { by: actor.userId, now, fields });
      id = existing.id;
      await deps.audit.record(
        trx,
        auditContext(actor),
        {
          action: 'quality.complaint_updated',
          subjectType: 'quality_complaint',
          subjectId: id,
          details: { status: input.status, revision: existing.revision + 1 },
        },
        now,
      );
    } else {
      const created = await insertComplaint(trx, { id: input.id, organisationId: org, by: actor.userId, now, fields });
      // The id is taken (by a complaint of another organisation, or saved meanwhile).
      if (!created) notFound();
      id = created;
      await deps.audit.record(
        trx,
        auditContext(actor),
        {
          action: 'quality.complaint_recorded',
          subjectType: 'quality_complaint',
          subjectId: id,
          details: { channel: input.channel, role: input.complainantRole },
        },
        now,
      );
    }
    return { complaint: (await listComplaints(trx, org, id))[0]! };
  });
}
