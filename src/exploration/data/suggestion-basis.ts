/**
 * What the dossier's job suggestions start from (decision 040), read from their owners' tables
 * without writing them: the portfolio's competences linked to ROME, the jobs held (the fiches of
 * the professional experiences' appellations), the latest submitted RIASEC answers, and what the
 * exploration already holds (suggestions set aside, the pistes' fiches with their desire and status).
 */
import { sql } from 'kysely';
import { RIASEC_SOURCE } from '../../instruments/domain/riasec/items.ts';
import { listHeldCompetences } from '../../portfolio/data/competence-repository.ts';
import { latestSubmittedAnswers } from '../../questionnaires/data/assignment-repository.ts';
import type { Answers } from '../../questionnaires/domain/conditions.ts';
import type { Trx } from '../../platform/db/kysely.ts';

export interface SuggestionBasisRows {
  skills: string[];
  jobsHeld: string[];
  riasecAnswers: Answers | null;
  setAside: string[];
  pistes: { id: string; codeRome: string; desire: number | null; status: string }[];
}

export async function readSuggestionBasis(db: Trx, organisationId: string, bilanId: string): Promise<SuggestionBasisRows> {
  // The portfolio's and the questionnaires' own reads first: a transaction runs one query at a time.
  const held = await listHeldCompetences(db, organisationId, bilanId);
  const [riasec] = await latestSubmittedAnswers(db, organisationId, bilanId, [RIASEC_SOURCE.instrumentId]);
  const { rows } = await sql<{
    jobs_held: string[] | null;
    set_aside: string[] | null;
    pistes: { id: string; codeRome: string; desire: number | null; status: string }[] | null;
  }>`
    SELECT
      (SELECT array_agg(DISTINCT a.code_rome) FROM portfolio_experiences e
         JOIN rome_appellations a ON a.code_ogr = e.appellation_code_ogr
        WHERE e.bilan_id = ${bilanId} AND e.organisation_id = ${organisationId} AND e.kind = 'professional') AS jobs_held,
      (SELECT array_agg(s.code_rome) FROM exploration_set_aside_suggestions s
        WHERE s.bilan_id = ${bilanId} AND s.organisation_id = ${organisationId}) AS set_aside,
      (SELECT json_agg(json_build_object('id', p.id, 'codeRome', p.code_rome, 'desire', p.desire, 'status', p.status)) FROM exploration_pistes p
        WHERE p.bilan_id = ${bilanId} AND p.organisation_id = ${organisationId} AND p.code_rome IS NOT NULL) AS pistes`.execute(
    db,
  );
  const row = rows[0]!;
  return {
    skills: [...new Set(held.flatMap((c) => (c.codeOgr ? [c.codeOgr] : [])))],
    jobsHeld: row.jobs_held ?? [],
    riasecAnswers: (riasec?.answers as Answers | undefined) ?? null,
    setAside: row.set_aside ?? [],
    pistes: row.pistes ?? [],
  };
}
