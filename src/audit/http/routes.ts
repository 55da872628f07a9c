/** The routes of the audit log: the admin's journal, the beneficiary's « Qui a consulté mes données ». */
import { endpointRoutes } from '../../platform/http/endpoints.ts';
import { auditEndpoints as e } from '../contracts/endpoints.ts';
import { listAuditEvents } from '../use-cases/list-audit-events.ts';
import { listContentReads } from '../use-cases/list-content-reads.ts';

export const auditRoutes = endpointRoutes()
  .on(e.journal, ({ deps, actor, query }) => listAuditEvents(deps, actor(), query.cursor))
  .on(e.contentReads, ({ deps, actor, params, query }) => listContentReads(deps, actor(), params.id, query.cursor)).app;
