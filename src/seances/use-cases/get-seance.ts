/**
 * One séance with its bilan's essentials, for the séance page of its consultant or beneficiary.
 */
import type { SeanceDetail } from '../contracts/schemas.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { requireRole } from '../../platform/authorize.ts';
import { listBilanSeances } from './list-bilan-seances.ts';
import { notFound } from '../../platform/authorize.ts';
import { findReachableSeance } from '../data/seance-repository.ts';

export async function getSeance(deps: Deps, actor: Actor, seanceId: string): Promise<SeanceDetail> {
  requireRole(actor, 'consultant', 'beneficiary');
  const row = await findReachableSeance(deps.db, actor, seanceId);
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
