/**
 * The checklist of a bilan's current phase (domain/phase-checklists.ts) from its stored facts:
 * consent, charter signatures, the préliminaire record, attested items, séances held per phase,
 * signed hours, the delivery of the document de synthèse. Used by the bilan page and by the phase-change guard.
 */
import type { Kysely } from 'kysely';
import { parisDate } from '../../platform/clock.ts';
import { financingType, type Financing } from '../../financing/domain/catalog.ts';
import type { BilanFacts } from '../domain/phases.ts';
import { CURRENT_CHARTER } from '../domain/charter.ts';
import { parsePlainDate } from '../../shared/calendar/plain-date.ts';
import { phaseChecklist, type Attestations, type PhaseChecklistFacts } from '../domain/phase-checklists.ts';
import type { AttestableItem, BilanChecklistState } from '../domain/checklist-state.ts';
import type { Database } from '../../platform/db/database.ts';
import { heldSeancesPerPhase } from '../../seances/data/seance-repository.ts';
import { hasFollowUp, hotEvaluationAnswered } from '../../after/data/follow-up-repository.ts';
import { currentConventionSignatures } from '../../documents/data/signature-repository.ts';
import { isSynthesisDelivered } from '../../synthese/data/synthese-content.ts';
import { readPhaseRecord } from './phase-record-repository.ts';
import { latestConsent } from './consent-repository.ts';
import { charterSignatures } from './charter-repository.ts';

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
  const [record, consent, charter, held, followUp, hotEvaluation, convention, synthesisDelivered] = await Promise.all([
    readPhaseRecord(db, bilan.id),
    latestConsent(db, bilan.id),
    charterSignatures(db, bilan.id, CURRENT_CHARTER.version),
    heldSeancesPerPhase(db, bilan.id),
    hasFollowUp(db, bilan.id),
    hotEvaluationAnswered(db, bilan.id),
    // The current tripartite convention and its signatures (decision 015).
    currentConventionSignatures(db, bilan.id),
    // The approved document de synthèse's delivery is recorded (decision 043).
    isSynthesisDelivered(db, bilan.id),
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
    synthesisDelivered,
    followUpOffered: followUp,
    hotEvaluationDone: hotEvaluation,
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
