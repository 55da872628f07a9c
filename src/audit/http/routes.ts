/** The routes of the audit log: the admin's journal. */
import { endpointRoutes } from '../../platform/http/endpoints.ts';
import { auditEndpoints as e } from '../contracts/endpoints.ts';
import { listAuditEvents } from '../use-cases/list-audit-events.ts';

export const auditRoutes = endpointRoutes().on(e.journal, ({ deps, actor, query }) =>
  listAuditEvents(deps, actor(), query.cursor),
).app;
