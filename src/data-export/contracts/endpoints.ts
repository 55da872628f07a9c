/**
 * The beneficiary's export of their bilan (decision 047): one zip with their documents and data,
 * at any time during the bilan and after its end until its content is destroyed. Its beneficiary
 * alone: a consultant or an admin gets 403, anyone else 404.
 */
import { get } from '../../shared/api/endpoint.ts';
import { uuidParam } from '../../shared/fields.ts';

export const dataExportEndpoints = {
  download: get('/bilans/:id/mes-donnees.zip', { params: { id: uuidParam } }).returnsFile(),
} as const;
