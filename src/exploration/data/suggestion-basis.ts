/**
 * What the dossier's job suggestions start from (decision 040), read from their owners' tables
 * without writing them: the portfolio's competences linked to ROME, the jobs held (the fiches of
 * the professional experiences' appellations), the latest submitted RIASEC answers, and what the
 * exploration already holds (suggestions set aside, the pistes' fiches with their desire and status).
 */
import { sql } from 'kysely';
import { RIASEC_SOURCE } from '../../instruments/domain/riasec/items.ts';
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
  const { rows } = await sql<{
    skills: string[] | null;
    jobs_held: string[] | null;
    riasec_answers: Answers | null;
    set_aside: string[] | null;
    pistes: { id: string; codeRome: string; desire: number | null; status: string }[] | null;
  }>`
    SELECT
      (SELECT array_agg(DISTINCT c.code_ogr) FROM portfolio_competences c
        WHERE c.bilan_id = ${bilanId} AND c.organisation_id = ${organisationId} AND c.code_ogr IS NOT NULL) AS skills,
      (SELECT array_agg(DISTINCT a.code_rome) FROM portfolio_experiences e
         JOIN rome_appellations a ON a.code_ogr = e.appellation_code_ogr
        WHERE e.bilan_id = ${bilanId} AND e.organisation_id = ${organisationId} AND e.kind = 'professional') AS jobs_held,
      (SELECT q.answers FROM questionnaire_assignments q
        WHERE q.bilan_id = ${bilanId} AND q.organisation_id = ${organisationId}
          AND q.questionnaire_id = ${RIASEC_SOURCE.instrumentId}
          AND q.submitted_at IS NOT NULL AND q.withdrawn_at IS NULL
        ORDER BY q.submitted_at DESC, q.id LIMIT 1) AS riasec_answers,
      (SELECT array_agg(s.code_rome) FROM exploration_set_aside_suggestions s
        WHERE s.bilan_id = ${bilanId} AND s.organisation_id = ${organisationId}) AS set_aside,
      (SELECT json_agg(json_build_object('id', p.id, 'codeRome', p.code_rome, 'desire', p.desire, 'status', p.status)) FROM exploration_pistes p
        WHERE p.bilan_id = ${bilanId} AND p.organisation_id = ${organisationId} AND p.code_rome IS NOT NULL) AS pistes`.execute(
    db,
  );
  const row = rows[0]!;
  return {
    skills: row.skills ?? [],
    jobsHeld: row.jobs_held ?? [],
    riasecAnswers: row.riasec_answers,
    setAside: row.set_aside ?? [],
    pistes: row.pistes ?? [],
  };
}
