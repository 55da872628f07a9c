/** The routes of e-mail: the admin's view of the outbox and of how e-mails are delivered. */
import { endpointRoutes } from '../../platform/http/endpoints.ts';
import { emailEndpoints as e } from '../contracts/endpoints.ts';
import { listOutbox } from '../use-cases/list-outbox.ts';
import { readEmailDelivery } from '../use-cases/read-email-delivery.ts';
import { readOutboxMessage } from '../use-cases/read-outbox-message.ts';

export const emailRoutes = endpointRoutes()
  .on(e.outbox, ({ deps, actor, query }) => listOutbox(deps, actor(), query.cursor))
  .on(e.outboxMessage, ({ deps, actor, params }) => readOutboxMessage(deps, actor(), params.id))
  .on(e.delivery, ({ deps, actor }) => readEmailDelivery(deps, actor())).app;
