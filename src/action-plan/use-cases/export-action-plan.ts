/**
 * The beneficiary or the consultant downloads the action plan as a JSON file (decision 042).
 * Audited: the content leaves Sillage. Available after the bilan has ended too: the beneficiary
 * keeps their plan.
 */
import { readBilan } from '../../bilans/data/bilan-access.ts';
import { requireRole } from '../../platform/authorize.ts';
import { auditContext, type Actor, type Deps } from '../../platform/deps.ts';
import type { FileAnswer } from '../../shared/api/endpoint.ts';
import { listActionSteps } from '../data/action-plan-read.ts';
import { EXPORT_FILE_NAME, actionPlanExport } from '../domain/export.ts';

export async function exportActionPlan(deps: Deps, actor: Actor, bilanId: string): Promise<FileAnswer> {
  requireRole(actor, 'consultant', 'beneficiary');
  const now = deps.clock.now();
  const bilan = await readBilan(deps.db, actor, bilanId, 'either');
  const steps = await listActionSteps(deps.db, bilan.organisation_id, bilan.id);
  const content = actionPlanExport(steps, { bilanId: bilan.id, exportedAt: now.toISOString() });
  await deps.audit.record(
    deps.db,
    auditContext(actor),
    {
      action: 'action_plan.exported',
      subjectType: 'bilan',
      subjectId: bilan.id,
      bilanId: bilan.id,
      details: { steps: steps.length },
    },
    now,
  );
  return {
    bytes: new TextEncoder().encode(`${JSON.stringify(content, null, 2)}\n`),
    filename: EXPORT_FILE_NAME,
    contentType: 'application/json; charset=utf-8',
    disposition: 'attachment',
  };
}
