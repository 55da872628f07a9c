/** Whether this installation sends e-mails, for the admin's warning on a trial installation (decision 026). */
import type { EmailDeliveryView } from '../contracts/outbox.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { requireRole } from '../../platform/authorize.ts';

export function readEmailDelivery(deps: Deps, actor: Actor): EmailDeliveryView {
  requireRole(actor, 'admin');
  return { delivery: deps.mailDelivery };
}
