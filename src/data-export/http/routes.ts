/** The beneficiary's export (decision 047): one thin handler. */
import { endpointRoutes } from '../../platform/http/endpoints.ts';
import { dataExportEndpoints as e } from '../contracts/endpoints.ts';
import { exportBilanData } from '../use-cases/export-bilan-data.ts';

export const dataExportRoutes = endpointRoutes().on(e.download, ({ deps, actor, params }) =>
  exportBilanData(deps, actor(), params.id),
).app;
