/**
 * The exploration's views read from the database (decision 041): the rows, the fiches' items and
 * the portfolio's competences, assembled by the domain (feasibility, skill gaps). Used by the
 * read, by every save (the item read back) and by the 409 of a stale save (the current version).
 */
import type { Trx } from '../../platform/db/kysely.ts';
import type { EnqueteView, PisteView, SetAsideView, TrainingNeedView } from '../contracts/schemas.ts';
import { enqueteView, pisteViews, setAsideViews, trainingNeedView } from '../domain/assemble.ts';
import { ficheSkills, portfolioCompetences } from './catalogue-reads.ts';
import { readExplorationRows } from './exploration-read.ts';

/** The pistes of the bilan (or the one named), each with its gap, training needs and enquêtes. */
export async function readPistes(
  db: Trx,
  organisationId: string,
  bilanId: string,
  pisteId?: string,
): Promise<{ pistes: PisteView[]; setAside: SetAsideView[] }> {
  const rows = await readExplorationRows(db, organisationId, bilanId, pisteId);
  const codes = [...new Set(rows.pistes.map((p) => p.code_rome).filter((c): c is string => c !== null))];
  const [fiches, portfolio] = await Promise.all([
    ficheSkills(db, codes),
    codes.length > 0 ? portfolioCompetences(db, organisationId, bilanId) : Promise.resolve([]),
  ]);
  return { pistes: pisteViews(rows, fiches, portfolio), setAside: setAsideViews(rows) };
}

export async function readPiste(db: Trx, organisationId: string, bilanId: string, pisteId: string): Promise<PisteView> {
  const piste = (await readPistes(db, organisationId, bilanId, pisteId)).pistes[0];
  if (!piste) throw new Error('Piste not found after its save');
  return piste;
}

export async function readTrainingNeed(
  db: Trx,
  organisationId: string,
  bilanId: string,
  pisteId: string,
  id: string,
): Promise<TrainingNeedView> {
  const row = (await readExplorationRows(db, organisationId, bilanId, pisteId)).trainingNeeds.find((t) => t.id === id);
  if (!row) throw new Error('Training need not found after its save');
  return trainingNeedView(row);
}

export async function readEnquete(
  db: Trx,
  organisationId: string,
  bilanId: string,
  pisteId: string,
  id: string,
): Promise<EnqueteView> {
  const row = (await readExplorationRows(db, organisationId, bilanId, pisteId)).enquetes.find((e) => e.id === id);
  if (!row) throw new Error('Enquête not found after its save');
  return enqueteView(row);
}
