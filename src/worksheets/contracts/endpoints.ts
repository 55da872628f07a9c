/** The routes of the consultant's worksheet library and editor (decision 019). */
import { get, post } from '../../shared/api/endpoint.ts';
import { uuidParam } from '../../shared/fields.ts';
import {
  CopyModelSchema,
  UpdateWorksheetSchema,
  WorksheetModelIdSchema,
  type LibraryView,
  type LibraryWorksheet,
  type ModelDefinitionView,
} from './schemas.ts';

const byId = { params: { id: uuidParam } };

export const worksheetEndpoints = {
  library: get('/worksheets').returns<LibraryView>(),
  copyModel: post('/worksheets', { body: CopyModelSchema, status: 201 }).returns<{ id: string }>(),
  show: get('/worksheets/:id', byId).returns<LibraryWorksheet>(),
  /** Saves the edited definition as the next version. */
  update: post('/worksheets/:id', { ...byId, body: UpdateWorksheetSchema }).returns<{ version: number }>(),
  /** A built-in model in full, for its preview. */
  model: get('/worksheets/models/:modelId', {
    params: { modelId: WorksheetModelIdSchema },
  }).returns<ModelDefinitionView>(),
  remove: post('/worksheets/:id/delete', byId).returnsNothing(),
};
