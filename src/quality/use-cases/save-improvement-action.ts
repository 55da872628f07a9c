/**
 * The admin records an improvement action (indicator 32) or updates it: source, action, owner,
 * due date, status, effect observed. A stale revision answers 409 with the current version. Audited.
 */
import { notFound, requireRole } from '../../platform/authorize.ts';
import { parisDate } from '../../platform/clock.ts';
import { auditContext, type Actor, type Deps } from '../../platform/deps.ts';
import { AppError } from '../../shared/errors.ts';
import type { ImprovementAction, ImprovementActionView } from '../contracts/schemas.ts';
import { findAction, insertAction, listActions, updateAction } from '../data/action-repository.ts';

export async function saveImprovementAction(
  deps: Deps,
  actor: Actor,
  input: ImprovementAction,
): Promise<{ action: ImprovementActionView }> {
  requireRole(actor, 'admin');
  const now = deps.clock.now();
  const today = parisDate(now);
  const org = actor.organisationId;
  return deps.db.transaction().execute(async (trx) => {
    const existing = input.id ? await findAction(trx, org, input.id) : undefined;
    if (existing && existing.revision !== input.revision)
      throw new AppError('quality_stale', {
        details: { current: (await listActions(trx, org, today, existing.id))[0] },
      });
    if (!existing && input.revision !== 0) notFound();
    const { id: _id, revision: _revision, ...fields } = input;
    let id: string;
    if (existing) {
      await updateAction(trx, existing.id, { by: actor.userId, now, fields });
      id = existing.id;
      await deps.audit.record(
        trx,
        auditContext(actor),
        {
          action: 'quality.action_updated',
          subjectType: 'quality_improvement_action',
          subjectId: id,
          details: { status: input.status, revision: existing.revision + 1 },
        },
        now,
      );
    } else {
      const created = await insertAction(trx, { id: input.id, organisationId: org, by: actor.userId, now, fields });
      if (!created) notFound();
      id = created;
      await deps.audit.record(
        trx,
        auditContext(actor),
        {
          action: 'quality.action_recorded',
          subjectType: 'quality_improvement_action',
          subjectId: id,
          details: { status: input.status },
        },
        now,
      );
    }
    return { action: (await listActions(trx, org, today, id))[0]! };
  });
}
