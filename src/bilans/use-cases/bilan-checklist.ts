/**
 * The checklist of a bilan's current phase (domain: rules/checklists/phase-checklists.ts) from its
 * stored facts: consent, charter signatures, the préliminaire record, attested items, séances held
 * per phase, signed hours. Used by the bilan page and by the phase-change guard.
 */
import { sql, type Kysely } from 'kysely';
import { parisDate } from '../../platform/clock.ts';
import type { FinancingType } from '../../financing/domain/catalog.ts';
import type { BilanFacts } from '../domain/phases.ts';
import { CURRENT_CHARTER } from '../domain/charter.ts';
import { parsePlainDate } from '../../shared/calendar/plain-date.ts';
import { phaseChecklist, type PhaseChecklist, type PhaseChecklistFacts } from '../domain/phase-checklists.ts';
import type { Financing } from '../../financing/domain/catalog.ts';
import type { Attestations } from '../domain/phase-checklists.ts';
import type { Database } from '../../platform/db/database.ts';

/** Items that only the consultant can attest (the others are facts Sillage records itself). */
export const ATTESTABLE_ITEMS = [
  'career_path_reviewed',
  'expectations_recorded',
  'professional_background_explored',
  'personal_characteristics_explored',
  'environment_explored',
  'project_or_alternatives_identified',
  'detailed_results_presented',
  'action_plan_defined',
] as const;
export type AttestableItem = (typeof ATTESTABLE_ITEMS)[number];

/** The rules group OPCO and Transitions Pro (same documents and statuses). */
export function financingType(financing: Financing): FinancingType {
  return financing === 'opco' || financing === 'transitions_pro' ? 'opco_transitions_pro' : financing;
}

export interface BilanChecklistState {
  checklist: PhaseChecklist | null;
  attested: Attestations;
}

export async function bilanChecklist(
  db: Kysely<Database>,
  bilan: {
    id: string;
    phase: BilanFacts['phase'];
    financing: Financing;
    created_at: Date;
    accompaniment_done_minutes: number;
  },
): Promise<BilanChecklistState> {
  const [record, consent, charter, held, followUp, hotEvaluation, convention] = await Promise.all([
    db
      .selectFrom('bilan_phase_records')
      .select(['need_analysis', 'format', 'modalities', 'attested'])
      .where('bilan_id', '=', bilan.id)
      .executeTakeFirst(),
    db
      .selectFrom('bilan_consents')
      .select('decision')
      .where('bilan_id', '=', bilan.id)
      .orderBy('decided_at', 'desc')
      .limit(1)
      .executeTakeFirst(),
    db
      .selectFrom('charter_signatures')
      .select('signer_role')
      .where('bilan_id', '=', bilan.id)
      .where('charter_version', '=', CURRENT_CHARTER.version)
      .execute(),
    db
      .selectFrom('seances')
      .select(['phase', sql<number>`count(*)::int`.as('n')])
      .where('bilan_id', '=', bilan.id)
      .where('status', '=', 'held')
      .where('mode', '<>', 'personal_work')
      .groupBy('phase')
      .execute(),
    db.selectFrom('follow_ups').select('bilan_id').where('bilan_id', '=', bilan.id).executeTakeFirst(),
    db
      .selectFrom('evaluations')
      .select('answered_at')
      .where('bilan_id', '=', bilan.id)
      .where('kind', '=', 'chaud')
      .executeTakeFirst(),
    // The current tripartite convention and its signatures (decision 015).
    db
      .selectFrom('bilan_documents as d')
      .select([
        'd.signers',
        sql<number>`(SELECT count(*)::int FROM document_signatures s WHERE s.document_id = d.id)`.as('signed'),
      ])
      .where('d.bilan_id', '=', bilan.id)
      .where('d.kind', '=', 'convention_tripartite')
      .where('d.superseded_at', 'is', null)
      .executeTakeFirst(),
  ]);
  const attested: Attestations = record?.attested ?? {};
  const phase = bilan.phase;
  if (phase !== 'preliminaire' && phase !== 'investigation' && phase !== 'conclusion')
    return { checklist: null, attested };
  const is = (code: AttestableItem) => code in attested;
  const heldIn = (phase: string) => held.find((h) => h.phase === phase)?.n ?? 0;
  const filled = (text: string | null | undefined) => Boolean(text && text.trim().length > 0);
  const facts: PhaseChecklistFacts = {
    needAnalysisRecorded: filled(record?.need_analysis),
    formatChosen: filled(record?.format),
    modalitiesAgreed: filled(record?.modalities),
    consentGiven: consent?.decision === 'given',
    commitmentsCharterSigned:
      charter.some((c) => c.signer_role === 'beneficiary') && charter.some((c) => c.signer_role === 'consultant'),
    careerPathReviewed: is('career_path_reviewed'),
    expectationsRecorded: is('expectations_recorded'),
    investigationSessionsHeld: heldIn('investigation'),
    professionalBackgroundExplored: is('professional_background_explored'),
    personalCharacteristicsExplored: is('personal_characteristics_explored'),
    environmentExplored: is('environment_explored'),
    projectOrAlternativesIdentified: is('project_or_alternatives_identified'),
    conclusionInterviewsHeld: heldIn('conclusion'),
    detailedResultsPresented: is('detailed_results_presented'),
    actionPlanDefined: is('action_plan_defined'),
    // The document de synthèse is a later capability: until it exists, closure stays blocked.
    synthesisDelivered: false,
    followUpOffered: followUp !== undefined,
    hotEvaluationDone: Boolean(hotEvaluation?.answered_at),
    financing: {
      type: financingType(bilan.financing),
      referenceDate: parsePlainDate(parisDate(bilan.created_at)),
      conventionSignedByAll:
        convention !== undefined && convention.signers.length > 0 && convention.signed === convention.signers.length,
      accompanimentDoneMinutes: bilan.accompaniment_done_minutes,
    },
  };
  return { checklist: phaseChecklist(phase, facts), attested };
}

/** The guard's view of the bilan: its phase and the unmet required items of its checklist. */
export function factsFrom(phase: BilanFacts['phase'], state: BilanChecklistState): BilanFacts {
  return {
    phase,
    unmetChecklist: (state.checklist?.unmetRequired ?? []).map((i) => ({ code: i.code, label: i.label })),
  };
}
