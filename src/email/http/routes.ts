/** The routes of e-mail: the admin's view of the outbox. */
import { endpointRoutes } from '../../platform/http/endpoints.ts';
import { emailEndpoints as e } from '../contracts/endpoints.ts';
import { listOutbox } from '../use-cases/list-outbox.ts';

export const emailRoutes = endpointRoutes().on(e.outbox, ({ deps, actor, query }) =>
  listOutbox(deps, actor(), query.cursor),
).app;
