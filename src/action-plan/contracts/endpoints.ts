/**
 * The action plan's endpoints (issue 14, decision 042), all under the bilan: its beneficiary and
 * its consultant read and write it while the bilan is open; afterwards it reads, and its
 * beneficiary still changes the status of its steps. Anyone else gets 404, admins 403. A save
 * creates or updates (`id` and `revision` in the body).
 */
import { get, post } from '../../shared/api/endpoint.ts';
import { uuidParam } from '../../shared/fields.ts';
import {
  ActionStepSchema,
  MoveStepSchema,
  StepStatusSchema,
  type ActionPlanView,
  type ActionStepView,
} from './schemas.ts';

const id = { id: uuidParam };
const item = { id: uuidParam, itemId: uuidParam };

export const actionPlanEndpoints = {
  get: get('/bilans/:id/action-plan', { params: id }).returns<ActionPlanView>(),
  saveStep: post('/bilans/:id/action-plan/steps', { params: id, body: ActionStepSchema }).returns<{
    step: ActionStepView;
  }>(),
  setStatus: post('/bilans/:id/action-plan/steps/:itemId/status', { params: item, body: StepStatusSchema }).returns<{
    step: ActionStepView;
  }>(),
  /** Before or after its neighbour in its horizon (nothing at either end). */
  moveStep: post('/bilans/:id/action-plan/steps/:itemId/move', { params: item, body: MoveStepSchema }).returnsNothing(),
  deleteStep: post('/bilans/:id/action-plan/steps/:itemId/delete', { params: item }).returnsNothing(),
  /** The plan as a JSON file: the beneficiary keeps it after the bilan. */
  exportJson: get('/bilans/:id/action-plan/export.json', { params: id }).returnsFile(),
} as const;
