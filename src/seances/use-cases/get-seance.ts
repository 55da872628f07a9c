/**
 * One séance with its bilan's essentials, for the séance page of its consultant or beneficiary.
 */
import type { SeanceDetail } from '../contracts/schemas.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { requireRole } from '../../platform/authorize.ts';
import { listBilanSeances } from './list-bilan-seances.ts';
import { notFound } from '../../platform/authorize.ts';

export async function getSeance(deps: Deps, actor: Actor, seanceId: string): Promise<SeanceDetail> {
  requireRole(actor, 'consultant', 'beneficiary');
  const row = await deps.db
    .selectFrom('seances as s')
    .innerJoin('bilans as b', 'b.id', 's.bilan_id')
    .innerJoin('users as u', 'u.id', 'b.beneficiary_id')
    .innerJoin('users as c', 'c.id', 'b.consultant_id')
    .select(['s.bilan_id', 'u.first_name', 'u.last_name', 'c.first_name as c_first', 'c.last_name as c_last'])
    .where('s.id', '=', seanceId)
    .where('s.organisation_id', '=', actor.organisationId)
    .where(actor.role === 'consultant' ? 'b.consultant_id' : 'b.beneficiary_id', '=', actor.userId)
    .executeTakeFirst();
  if (!row) notFound();
  const list = await listBilanSeances(deps, actor, row.bilan_id);
  const seance = list.seances.find((s) => s.id === seanceId);
  if (!seance) notFound();
  return {
    seance,
    bilanId: row.bilan_id,
    bilanPhase: list.phase,
    beneficiary: { firstName: row.first_name, lastName: row.last_name },
    consultant: { firstName: row.c_first, lastName: row.c_last },
  };
}
