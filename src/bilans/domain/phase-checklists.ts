/**
 * The checklist of each phase, from the law (R6313-4, L6313-4, R6313-8) and the providers'
 * documents in seeds/ (charter of mutual commitments, career path, évaluation à chaud).
 *
 * A checklist is evaluated on a snapshot of facts and lists every item with met / unmet.
 * `required` items guard the move to the next phase (préliminaire → investigation →
 * conclusion → clôture); `recommended` items are shown but never block. Item codes are stable:
 * the guard of `checkTransition` can name them, the UI renders the French labels.
 */

import { DEFAULT_RULE_CONTEXT, type RuleContext } from '../../shared/rules/context.ts';
import type { PlainDate } from '../../shared/calendar/plain-date.ts';
import type { FinancingType } from '../../financing/domain/catalog.ts';
import { formatMinutesFr } from '../../shared/rules/format.ts';
import { parameterAtIfIntroduced } from '../../shared/parameters/lookup.ts';
import { ruleError, ruleWarning, type RuleIssue } from '../../shared/rules/result.ts';
import type { SeancePhase } from '../../seances/domain/seance.ts';

/** The checklist items the consultant attested, by item code: when, by whom, with an optional note. */
export type Attestations = Record<string, { at: string; by: string; note?: string }>;

export interface PhaseChecklistFacts {
  // Préliminaire (R6313-4 1°, L6313-4, seeds)
  needAnalysisRecorded: boolean;
  formatChosen: boolean;
  modalitiesAgreed: boolean;
  consentGiven: boolean;
  commitmentsCharterSigned: boolean;
  careerPathReviewed: boolean;
  expectationsRecorded: boolean;
  // Investigation (R6313-4 2°, seeds)
  /** Held synchronous sessions tagged with the investigation phase (see `heldSessionsByPhase`). */
  investigationSessionsHeld: number;
  professionalBackgroundExplored: boolean;
  personalCharacteristicsExplored: boolean;
  environmentExplored: boolean;
  projectOrAlternativesIdentified: boolean;
  // Conclusion (R6313-4 3°, BC-10, BC-12, seeds)
  /** Held synchronous individual sessions tagged with the conclusion phase. */
  conclusionInterviewsHeld: number;
  detailedResultsPresented: boolean;
  actionPlanDefined: boolean;
  synthesisDelivered: boolean;
  followUpOffered: boolean;
  hotEvaluationDone: boolean;
  // Financing-dependent items
  financing: {
    type: FinancingType;
    /** The order or contract date whose rules apply. */
    referenceDate: PlainDate;
    /** Employer plan: convention signed by the employer, the employee and the provider. */
    conventionSignedByAll?: boolean | undefined;
    /** Signed accompaniment so far (`hoursCounters(...).accompanimentDoneMinutes`). */
    accompanimentDoneMinutes: number;
  };
}

export type ChecklistLevel = 'required' | 'recommended';

export interface ChecklistItem {
  code: string;
  label: string;
  met: boolean;
  level: ChecklistLevel;
  /** Article or document the item comes from. */
  source: string;
}

export interface PhaseChecklist {
  phase: SeancePhase;
  items: ChecklistItem[];
  /** True when every required item is met: the phase may be left. */
  complete: boolean;
  unmetRequired: ChecklistItem[];
}

const CHARTER = 'Charte des engagements réciproques de l’organisme';
const SEEDS = 'Usage des organismes de bilan de compétences';

function item(code: string, label: string, met: boolean, level: ChecklistLevel, source: string): ChecklistItem {
  return { code, label, met, level, source };
}

function preliminaire(facts: PhaseChecklistFacts): ChecklistItem[] {
  const items = [
    item(
      'need_analysed',
      'Analyse de la demande et du besoin',
      facts.needAnalysisRecorded,
      'required',
      'Code du travail R6313-4 1° a)',
    ),
    item('format_chosen', 'Format du bilan déterminé', facts.formatChosen, 'required', 'Code du travail R6313-4 1° b)'),
    item(
      'modalities_agreed',
      'Modalités de déroulement définies conjointement (calendrier, séances, outils)',
      facts.modalitiesAgreed,
      'required',
      'Code du travail R6313-4 1° c)',
    ),
    item(
      'consent_given',
      'Consentement éclairé du ou de la bénéficiaire recueilli',
      facts.consentGiven,
      'required',
      'Code du travail L6313-4',
    ),
    item(
      'commitments_charter_signed',
      'Charte des engagements réciproques signée',
      facts.commitmentsCharterSigned,
      'required',
      CHARTER,
    ),
  ];
  if (facts.financing.type === 'employer_plan') {
    items.push(
      item(
        'convention_signed',
        'Convention tripartite signée par l’employeur, le ou la salarié·e et l’organisme',
        facts.financing.conventionSignedByAll === true,
        'required',
        'Code du travail R6313-8',
      ),
    );
  }
  items.push(
    item('career_path_reviewed', 'Histoire professionnelle parcourue', facts.careerPathReviewed, 'recommended', SEEDS),
    item(
      'expectations_recorded',
      'Attentes du ou de la bénéficiaire notées',
      facts.expectationsRecorded,
      'recommended',
      SEEDS,
    ),
  );
  return items;
}

function investigation(facts: PhaseChecklistFacts): ChecklistItem[] {
  return [
    item(
      'investigation_session_held',
      'Au moins une séance d’investigation tenue',
      facts.investigationSessionsHeld >= 1,
      'required',
      'Code du travail R6313-4 2°',
    ),
    item(
      'project_or_alternatives_identified',
      'Projet professionnel construit et vérifié, ou pistes alternatives élaborées',
      facts.projectOrAlternativesIdentified,
      'required',
      'Code du travail R6313-4 2°',
    ),
    item(
      'professional_background_explored',
      'Bagage professionnel exploré (compétences, réalisations)',
      facts.professionalBackgroundExplored,
      'recommended',
      SEEDS,
    ),
    item(
      'personal_characteristics_explored',
      'Caractéristiques personnelles explorées (valeurs, motivations, intérêts)',
      facts.personalCharacteristicsExplored,
      'recommended',
      SEEDS,
    ),
    item(
      'environment_explored',
      'Environnement exploré (métiers, formations, enquêtes métier)',
      facts.environmentExplored,
      'recommended',
      SEEDS,
    ),
  ];
}

function conclusion(facts: PhaseChecklistFacts, ctx: RuleContext): ChecklistItem[] {
  const items = [
    item(
      'conclusion_interview_held',
      'Au moins un entretien individuel de conclusion tenu',
      facts.conclusionInterviewsHeld >= 1,
      'required',
      'Code du travail R6313-4 3°',
    ),
    item(
      'synthesis_delivered',
      'Document de synthèse remis au ou à la bénéficiaire',
      facts.synthesisDelivered,
      'required',
      'Code du travail L6313-4',
    ),
    item(
      'follow_up_offered',
      'Entretien de suivi proposé',
      facts.followUpOffered,
      'required',
      'Code du travail R6313-4 3° c)',
    ),
    item(
      'detailed_results_presented',
      'Résultats détaillés présentés au ou à la bénéficiaire',
      facts.detailedResultsPresented,
      'recommended',
      'Code du travail R6313-4 3° a)',
    ),
    item(
      'action_plan_defined',
      'Plan d’action établi (étapes, contacts, échéances)',
      facts.actionPlanDefined,
      'recommended',
      'Code du travail R6313-4 3° c)',
    ),
    item('hot_evaluation_done', 'Évaluation à chaud recueillie', facts.hotEvaluationDone, 'recommended', SEEDS),
  ];
  if (facts.financing.type === 'cpf') {
    const minimum = parameterAtIfIntroduced(
      'cpf.minAccompanimentMinutes',
      facts.financing.referenceDate,
      ctx.parameters,
    );
    if (minimum !== undefined) {
      // BC-07: below the minimum, CPF *service fait* is blocked; closure itself is not.
      items.push(
        item(
          'cpf_minimum_accompaniment',
          `Au moins ${formatMinutesFr(minimum)} d’accompagnement effectif émargé (condition du service fait CPF)`,
          facts.financing.accompanimentDoneMinutes >= minimum,
          'recommended',
          'Code du travail R6313-4 modifié (2026), legal.md BC-07',
        ),
      );
    }
  }
  return items;
}

/** The checklist of `phase` (the conditions to leave it) for these facts. */
export function phaseChecklist(
  phase: SeancePhase,
  facts: PhaseChecklistFacts,
  ctx: RuleContext = DEFAULT_RULE_CONTEXT,
): PhaseChecklist {
  const items =
    phase === 'preliminaire'
      ? preliminaire(facts)
      : phase === 'investigation'
        ? investigation(facts)
        : conclusion(facts, ctx);
  const unmetRequired = items.filter((entry) => entry.level === 'required' && !entry.met);
  return { phase, items, complete: unmetRequired.length === 0, unmetRequired };
}

const PHASE_NAMES: Record<SeancePhase, string> = {
  preliminaire: 'la phase préliminaire',
  investigation: 'la phase d’investigation',
  conclusion: 'la phase de conclusion',
};

export type ChecklistIssueCode = 'checklist_item_unmet' | 'checklist_item_recommended';

/**
 * The unmet items as rule issues: errors for required items (they block the transition),
 * warnings for recommended ones. `data.item` is the item's stable code.
 */
export function checklistIssues(checklist: PhaseChecklist): RuleIssue<ChecklistIssueCode>[] {
  return checklist.items
    .filter((entry) => !entry.met)
    .map((entry) =>
      entry.level === 'required'
        ? ruleError('checklist_item_unmet', `Pour clore ${PHASE_NAMES[checklist.phase]}, il manque : ${entry.label}.`, {
            item: entry.code,
          })
        : ruleWarning(
            'checklist_item_recommended',
            `Recommandé avant de clore ${PHASE_NAMES[checklist.phase]} : ${entry.label}.`,
            {
              item: entry.code,
            },
          ),
    );
}
