/**
 * The counts behind the Qualiopi evidence page (domain/evidence.ts), in one statement: the
 * organisation's public information, its offers, the bilans whose life crosses the period and
 * their administrative records (never their content: `need_analysis IS NOT NULL` is read, not the
 * text), séances, évaluations, follow-ups, and the two registers. Days are in Paris.
 */
import { sql } from 'kysely';
import type { Trx } from '../../platform/db/kysely.ts';
import type { EvidenceFacts } from '../domain/evidence.ts';

const day = (column: string) => sql.raw(`(timezone('Europe/Paris', ${column}))::date`);

export async function readEvidenceFacts(
  db: Trx,
  organisationId: string,
  period: { from: string; to: string },
  today: string,
): Promise<EvidenceFacts> {
  const from = sql`${period.from}::date`;
  const to = sql`${period.to}::date`;
  const { rows } = await sql<Record<string, number | boolean | string | null>>`
    WITH o AS (
      SELECT * FROM organisations WHERE id = ${organisationId}
    ), b AS (
      SELECT b.id, b.phase, b.abandon_reason,
             b.phase IN ('cloture', 'abandonne') AND ${day('b.phase_changed_at')} BETWEEN ${from} AND ${to} AS ended_in_period,
             EXISTS (SELECT 1 FROM bilan_phase_changes c
                      WHERE c.bilan_id = b.id AND c.from_phase = 'preliminaire' AND c.to_phase = 'investigation') AS past,
             -- The destruction at the end empties the need analysis and the modalities (decision 046);
             -- its certificate's « phase_notes » line is the content-free proof that they were written.
             EXISTS (SELECT 1 FROM destruction_certificates dc, jsonb_array_elements(dc.categories) line
                      WHERE dc.bilan_id = b.id AND line->>'category' = 'phase_notes'
                        AND (line->>'count')::int > 0) AS phase_notes_destroyed
        FROM bilans b
       WHERE b.organisation_id = ${organisationId}
         AND ${day('b.created_at')} <= ${to}
         AND (b.phase NOT IN ('cloture', 'abandonne') OR ${day('b.phase_changed_at')} >= ${from})
    ), p AS (
      SELECT b.*,
             (r.need_analysis IS NOT NULL AND btrim(r.need_analysis) <> '') OR b.phase_notes_destroyed AS need_analysis,
             r.format IS NOT NULL AND btrim(r.format) <> '' AS format,
             (r.modalities IS NOT NULL AND btrim(r.modalities) <> '') OR b.phase_notes_destroyed AS modalities,
             EXISTS (SELECT 1 FROM bilan_consents k WHERE k.bilan_id = b.id AND k.decision = 'given') AS consent,
             EXISTS (SELECT 1 FROM charter_signatures s WHERE s.bilan_id = b.id AND s.signer_role = 'beneficiary') AS charter,
             EXISTS (SELECT 1 FROM bilan_documents d
                      WHERE d.bilan_id = b.id AND d.superseded_at IS NULL
                        AND d.kind IN ('contrat_individuel', 'convention_tripartite', 'commande_cpf')
                        AND cardinality(d.signers) > 0
                        AND (SELECT count(DISTINCT s.signer_role) FROM document_signatures s WHERE s.document_id = d.id)
                            >= cardinality(d.signers))
             OR EXISTS (SELECT 1 FROM bilan_financings f WHERE f.bilan_id = b.id AND f.cpf_order_reference IS NOT NULL) AS contract,
             EXISTS (SELECT 1 FROM syntheses y WHERE y.bilan_id = b.id AND y.delivered_on IS NOT NULL) AS synthesis,
             EXISTS (SELECT 1 FROM follow_ups u WHERE u.bilan_id = b.id) AS follow_up,
             EXISTS (SELECT 1 FROM evaluations e WHERE e.bilan_id = b.id AND e.kind = 'chaud') AS hot
        FROM b LEFT JOIN bilan_phase_records r ON r.bilan_id = b.id
    ), s AS (
      SELECT * FROM seances WHERE organisation_id = ${organisationId} AND mode <> 'personal_work' AND ${day('starts_at')} BETWEEN ${from} AND ${to}
    ), e AS (
      SELECT * FROM evaluations WHERE organisation_id = ${organisationId} AND ${day('sent_at')} BETWEEN ${from} AND ${to}
    ), c AS (
      SELECT * FROM quality_complaints WHERE organisation_id = ${organisationId} AND received_on BETWEEN ${from} AND ${to}
    ), a AS (
      SELECT * FROM quality_improvement_actions
       WHERE organisation_id = ${organisationId} AND ${day('created_at')} BETWEEN ${from} AND ${to}
    )
    SELECT
      (SELECT public_page_enabled FROM o) AS public_page_enabled,
      (SELECT address IS NOT NULL AND city IS NOT NULL FROM o) AS has_address,
      (SELECT phone IS NOT NULL OR contact_email IS NOT NULL FROM o) AS has_contact,
      (SELECT siret IS NOT NULL FROM o) AS has_siret,
      (SELECT nda_number IS NOT NULL FROM o) AS has_nda,
      (SELECT accessibility_conditions IS NOT NULL FROM o) AS has_accessibility_conditions,
      (SELECT accessibility_contact_name IS NOT NULL FROM o) AS has_referent,
      (SELECT accessibility_contact_email IS NOT NULL OR accessibility_contact_phone IS NOT NULL FROM o) AS has_referent_contact,
      (SELECT count(*) FROM users WHERE organisation_id = ${organisationId} AND role = 'consultant' AND status = 'active')::int AS active_consultants,
      (SELECT count(*) FROM offers WHERE organisation_id = ${organisationId} AND active)::int AS offers_active,
      (SELECT count(*) FROM offers WHERE organisation_id = ${organisationId} AND active AND btrim(description) = '')::int AS offers_without_description,
      (SELECT count(*) FROM offers WHERE organisation_id = ${organisationId} AND active AND btrim(access_delay) = '')::int AS offers_without_access_delay,
      (SELECT count(*) FROM p)::int AS in_period,
      (SELECT count(*) FROM p WHERE past)::int AS past_preliminary,
      (SELECT count(*) FROM p WHERE past AND need_analysis)::int AS with_need_analysis,
      (SELECT count(*) FROM p WHERE past AND format)::int AS with_format,
      (SELECT count(*) FROM p WHERE past AND modalities)::int AS with_modalities,
      (SELECT count(*) FROM p WHERE past AND consent)::int AS with_consent,
      (SELECT count(*) FROM p WHERE past AND charter)::int AS with_charter,
      (SELECT count(*) FROM p WHERE past AND contract)::int AS with_contract,
      (SELECT count(*) FROM p WHERE ended_in_period AND phase = 'cloture')::int AS completed,
      (SELECT count(*) FROM p WHERE ended_in_period AND phase = 'abandonne')::int AS abandoned,
      (SELECT count(*) FROM p WHERE ended_in_period AND phase = 'abandonne' AND abandon_reason IS NOT NULL)::int AS abandoned_with_reason,
      (SELECT count(*) FROM p WHERE ended_in_period AND phase = 'cloture' AND synthesis)::int AS completed_with_synthesis,
      (SELECT count(*) FROM p WHERE ended_in_period AND phase = 'cloture' AND follow_up)::int AS completed_with_follow_up,
      (SELECT count(*) FROM p WHERE ended_in_period AND phase = 'cloture' AND hot)::int AS completed_with_hot,
      (SELECT count(*) FROM s WHERE status = 'held')::int AS seances_held,
      (SELECT count(*) FROM s WHERE status = 'held' AND signed_by_beneficiary_at IS NOT NULL AND signed_by_consultant_at IS NOT NULL)::int AS seances_signed,
      (SELECT count(*) FROM s WHERE status = 'no_show')::int AS no_shows,
      (SELECT count(*) FROM s WHERE reminder_sent_at IS NOT NULL)::int AS reminders,
      (SELECT count(*) FROM e WHERE kind = 'chaud')::int AS hot_sent,
      (SELECT count(*) FROM e WHERE kind = 'chaud' AND answered_at IS NOT NULL)::int AS hot_answered,
      (SELECT count(*) FROM e WHERE kind = 'froid')::int AS cold_sent,
      (SELECT count(*) FROM e WHERE kind = 'froid' AND answered_at IS NOT NULL)::int AS cold_answered,
      (SELECT count(*) FROM follow_ups WHERE organisation_id = ${organisationId} AND held_on BETWEEN ${from} AND ${to})::int AS follow_ups_held,
      (SELECT count(*) FROM c)::int AS complaints,
      (SELECT count(*) FROM c WHERE status IN ('recue', 'en_cours'))::int AS complaints_open,
      (SELECT count(*) FROM c WHERE acknowledged_on IS NULL AND status <> 'sans_suite')::int AS complaints_unacknowledged,
      (SELECT count(*) FROM c WHERE status = 'resolue')::int AS complaints_resolved,
      (SELECT count(*) FROM c WHERE improvement_action_id IS NOT NULL)::int AS complaints_with_action,
      (SELECT count(*) FROM a)::int AS actions,
      (SELECT count(*) FROM a WHERE status IN ('prevue', 'en_cours'))::int AS actions_open,
      (SELECT count(*) FROM quality_improvement_actions
        WHERE organisation_id = ${organisationId} AND status IN ('prevue', 'en_cours') AND due_on < ${today}::date)::int AS actions_overdue,
      (SELECT count(*) FROM a WHERE status = 'realisee')::int AS actions_done,
      (SELECT count(*) FROM a WHERE status = 'realisee' AND effect IS NULL)::int AS actions_done_without_effect,
      (SELECT count(*) FROM a WHERE source = 'reclamation')::int AS actions_from_complaints,
      (SELECT count(*) FROM a WHERE source = 'evaluation')::int AS actions_from_evaluations,
      (SELECT count(*) FROM a WHERE source = 'veille')::int AS actions_from_veille,
      (SELECT to_char(max(${day('published_at')}), 'YYYY-MM-DD') FROM quality_published_results
        WHERE organisation_id = ${organisationId}) AS results_published_on
  `.execute(db);
  const r = rows[0]!;
  const int = (key: string) => Number(r[key] ?? 0);
  const bool = (key: string) => r[key] === true;
  return {
    organisation: {
      publicPageEnabled: bool('public_page_enabled'),
      hasAddress: bool('has_address'),
      hasContact: bool('has_contact'),
      hasSiret: bool('has_siret'),
      hasNda: bool('has_nda'),
      hasAccessibilityConditions: bool('has_accessibility_conditions'),
      hasReferentHandicap: bool('has_referent'),
      hasReferentContact: bool('has_referent_contact'),
      activeConsultants: int('active_consultants'),
    },
    offers: {
      active: int('offers_active'),
      withoutDescription: int('offers_without_description'),
      withoutAccessDelay: int('offers_without_access_delay'),
    },
    bilans: {
      inPeriod: int('in_period'),
      pastPreliminary: int('past_preliminary'),
      withNeedAnalysis: int('with_need_analysis'),
      withFormat: int('with_format'),
      withModalities: int('with_modalities'),
      withConsent: int('with_consent'),
      withCharterSigned: int('with_charter'),
      withContract: int('with_contract'),
      completed: int('completed'),
      abandoned: int('abandoned'),
      abandonedWithReason: int('abandoned_with_reason'),
      completedWithSynthesisDelivered: int('completed_with_synthesis'),
      completedWithFollowUpOffered: int('completed_with_follow_up'),
      completedWithHotEvaluation: int('completed_with_hot'),
    },
    seances: {
      held: int('seances_held'),
      signedByBoth: int('seances_signed'),
      noShows: int('no_shows'),
      remindersSent: int('reminders'),
    },
    evaluations: {
      hotSent: int('hot_sent'),
      hotAnswered: int('hot_answered'),
      coldSent: int('cold_sent'),
      coldAnswered: int('cold_answered'),
    },
    followUps: { held: int('follow_ups_held') },
    complaints: {
      received: int('complaints'),
      open: int('complaints_open'),
      unacknowledged: int('complaints_unacknowledged'),
      resolved: int('complaints_resolved'),
      withAction: int('complaints_with_action'),
    },
    actions: {
      recorded: int('actions'),
      open: int('actions_open'),
      overdue: int('actions_overdue'),
      done: int('actions_done'),
      doneWithoutEffect: int('actions_done_without_effect'),
      fromComplaints: int('actions_from_complaints'),
      fromEvaluations: int('actions_from_evaluations'),
      fromVeille: int('actions_from_veille'),
    },
    resultsPublishedOn: typeof r['results_published_on'] === 'string' ? r['results_published_on'] : null,
  };
}
