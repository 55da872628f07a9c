/** The action plan (issue 14, decision 042): thin handlers, one use case each. */
import { endpointRoutes } from '../../platform/http/endpoints.ts';
import { actionPlanEndpoints as e } from '../contracts/endpoints.ts';
import { deleteActionStep } from '../use-cases/delete-action-step.ts';
import { exportActionPlan } from '../use-cases/export-action-plan.ts';
import { getActionPlan } from '../use-cases/get-action-plan.ts';
import { moveActionStep } from '../use-cases/move-action-step.ts';
import { saveActionStep } from '../use-cases/save-action-step.ts';
import { setStepStatus } from '../use-cases/set-step-status.ts';

export const actionPlanRoutes = endpointRoutes()
  .on(e.get, ({ deps, actor, params }) => getActionPlan(deps, actor(), params.id))
  .on(e.saveStep, ({ deps, actor, params, body }) => saveActionStep(deps, actor(), params.id, body))
  .on(e.setStatus, ({ deps, actor, params, body }) => setStepStatus(deps, actor(), params.id, params.itemId, body))
  .on(e.moveStep, ({ deps, actor, params, body }) => moveActionStep(deps, actor(), params.id, params.itemId, body))
  .on(e.deleteStep, ({ deps, actor, params }) => deleteActionStep(deps, actor(), params.id, params.itemId))
  .on(e.exportJson, ({ deps, actor, params }) => exportActionPlan(deps, actor(), params.id)).app;
