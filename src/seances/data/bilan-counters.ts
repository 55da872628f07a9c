/** The bilan's stored hours counters, recomputed from its séances with the domain rule after each change. */
import { hoursCounters } from '../domain/counters.ts';
import type { Trx } from '../../platform/db/kysely.ts';
import { listSeanceRows, seanceFromRow } from './seance-repository.ts';
import { updateBilanCounters } from '../../bilans/data/bilan-repository.ts';

export async function recomputeBilanCounters(trx: Trx, bilanId: string): Promise<void> {
  const rows = await listSeanceRows(trx, { bilanId });
  const counters = hoursCounters(rows.map(seanceFromRow));
  const lastHeld = rows
    .filter((r) => r.status === 'held' && r.mode !== 'personal_work')
    .map((r) => r.actual_end_at ?? r.ends_at)
    .reduce<Date | null>((latest, d) => (!latest || d > latest ? d : latest), null);
  await updateBilanCounters(trx, bilanId, {
    accompanimentDoneMinutes: counters.accompanimentDoneMinutes,
    personalWorkDoneMinutes: counters.personalWorkDoneMinutes,
    noShowCount: counters.noShowCount,
    lastHeldSeanceAt: lastHeld,
  });
}
