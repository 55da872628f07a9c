/** The beneficiary's export of their bilan: one zip of their documents and data (decision 047). */
import type { Capability } from '../platform/capability.ts';
import { dataExportRoutes } from './http/routes.ts';

export const dataExport: Capability = {
  name: 'data-export',
  routes: dataExportRoutes,
};
