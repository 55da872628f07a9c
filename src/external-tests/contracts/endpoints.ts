/**
 * External licensed tests' endpoints (decision 018, 021). Recording and correcting a result take
 * the result as JSON or, with the publisher's PDF, as `multipart/form-data` (parts `result` and
 * `report`): their bodies are read by the handler (`rawBody`). Attaching a report takes a `report`
 * part alone; the report is downloaded as an attachment.
 */
import { get, post } from '../../shared/api/endpoint.ts';
import { uuidParam } from '../../shared/fields.ts';
import {
  ExternalTestSchema,
  UpdateExternalTestSchema,
  type BilanExternalTests,
  type ExternalTestReportView,
} from './schemas.ts';

const id = { id: uuidParam };

export const externalTestEndpoints = {
  list: get('/bilans/:id/external-tests', { params: id }).returns<BilanExternalTests>(),
  record: post('/bilans/:id/external-tests', {
    params: id,
    body: ExternalTestSchema,
    rawBody: true,
    status: 201,
  }).returns<{ resultId: string }>(),
  update: post('/external-tests/:id', { params: id, body: UpdateExternalTestSchema, rawBody: true }).returnsNothing(),
  remove: post('/external-tests/:id/delete', { params: id }).returnsNothing(),
  attachReport: post('/external-tests/:id/report', { params: id, rawBody: true }).returns<{
    report: ExternalTestReportView;
  }>(),
  report: get('/external-tests/:id/report', { params: id }).returnsFile(),
};

/** Where a result's report is downloaded (`GET`, as an attachment): `/api/external-tests/…/report`. */
export function externalTestReportUrl(resultId: string): string {
  return `/api${externalTestEndpoints.report.path.replace(':id', resultId)}`;
}
