/** The admin reads the complaints register (indicator 31) and the improvement actions (indicator 32). */
import { requireRole } from '../../platform/authorize.ts';
import { parisDate } from '../../platform/clock.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import type { RegistersView } from '../contracts/schemas.ts';
import { listActions } from '../data/action-repository.ts';
import { listComplaints } from '../data/complaint-repository.ts';

export async function getQualityRegisters(deps: Deps, actor: Actor): Promise<RegistersView> {
  requireRole(actor, 'admin');
  const today = parisDate(deps.clock.now());
  const [complaints, actions] = await Promise.all([
    listComplaints(deps.db, actor.organisationId),
    listActions(deps.db, actor.organisationId, today),
  ]);
  return { complaints, actions };
}
