/**
 * What the after-bilan sweep looks for: ended bilans still awaiting an evaluation, and CPF bilans
 * with their first held séance and the EDOF declarations already written down.
 */
import { sql } from 'kysely';
import type { Trx } from '../../platform/db/kysely.ts';
import { cpfBilans, endedBilans } from '../../bilans/data/bilan-repository.ts';
import { firstHeldSeanceAt } from '../../seances/data/seance-repository.ts';

/** Ended bilans without an évaluation à chaud. */
export function listBilansAwaitingHotEvaluation(trx: Trx) {
  return endedBilans(trx)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('evaluations as e')
            .select('e.id')
            .whereRef('e.bilan_id', '=', 'b.id')
            .where('e.kind', '=', 'chaud'),
        ),
      ),
    )
    .execute();
}

/** Closed bilans without an évaluation à froid, with their follow-up's date and outcome. */
export function listBilansAwaitingColdEvaluation(trx: Trx) {
  return endedBilans(trx)
    .leftJoin('follow_ups as f', 'f.bilan_id', 'b.id')
    .select(['f.due_on', 'f.outcome'])
    .where('b.phase', '=', 'cloture')
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('evaluations as e')
            .select('e.id')
            .whereRef('e.bilan_id', '=', 'b.id')
            .where('e.kind', '=', 'froid'),
        ),
      ),
    )
    .execute();
}

/** CPF bilans with when their first held synchronous séance started and the declarations written down. */
export function listCpfEdofCandidates(trx: Trx) {
  return cpfBilans(trx)
    .select((eb) => [
      firstHeldSeanceAt(trx, eb.ref('b.id')).as('first_held_at'),
      eb
        .selectFrom('edof_declarations as d')
        .select(sql<string>`string_agg(d.kind, ',')`.as('kinds'))
        .whereRef('d.bilan_id', '=', 'b.id')
        .as('declared_kinds'),
    ])
    .execute();
}
