/** The endpoints of the audit log (decision 021): the admin's journal, the beneficiary's reads (decision 049). */
import { z } from 'zod';
import { oneLine } from '../../shared/text.ts';
import { get } from '../../shared/api/endpoint.ts';
import { uuidParam } from '../../shared/fields.ts';
import type { AuditPage } from './audit-page.ts';
import type { ContentReadsPage } from './content-reads.ts';

const CursorQuery = z.object({
  cursor: z.string().max(100, 'Curseur de pagination invalide.').check(oneLine()).optional(),
});

export const auditEndpoints = {
  /** The organisation's audit events, newest first, page by page (`cursor` from the previous page). */
  journal: get('/admin/audit', { query: CursorQuery }).returns<AuditPage>(),
  /** « Qui a consulté mes données »: the reads of the bilan's content by others, for its beneficiary. */
  contentReads: get('/bilans/:id/consultations', {
    params: { id: uuidParam },
    query: CursorQuery,
  }).returns<ContentReadsPage>(),
};
