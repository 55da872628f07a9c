/**
 * The action plan as a JSON file (decision 042): Sillage's own versioned shape, that the
 * beneficiary keeps after the bilan. Each coded value carries its French label beside it; people
 * are named, never identified by id.
 */
import type { ActionStepView } from '../contracts/schemas.ts';
import { FUNDING_ROUTE_LABELS, HORIZON_LABELS, STEP_STATUS_LABELS, orderSteps } from './model.ts';

export const EXPORT_FORMAT = 'sillage.action-plan';
export const EXPORT_VERSION = 1;
export const EXPORT_FILE_NAME = 'plan-d-action.json';

export function actionPlanExport(steps: readonly ActionStepView[], meta: { bilanId: string; exportedAt: string }) {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    bilanId: meta.bilanId,
    exportedAt: meta.exportedAt,
    steps: orderSteps(steps).map((s) => ({
      horizon: s.horizon,
      horizonLabel: HORIZON_LABELS[s.horizon],
      what: s.what,
      who: s.who,
      byWhen: s.byWhen,
      resources: s.resources,
      funding: s.funding,
      fundingLabel: s.funding ? FUNDING_ROUTE_LABELS[s.funding] : null,
      status: s.status,
      statusLabel: STEP_STATUS_LABELS[s.status],
      piste: s.piste?.title ?? null,
      trainingNeed: s.trainingNeed?.content ?? null,
      updatedAt: s.updatedAt,
      updatedBy: s.updatedBy.name,
    })),
  };
}
