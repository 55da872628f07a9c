import { describe, expect, it } from 'vitest';
import { parseLocalDateTime } from '../../shared/calendar/local-date-time.ts';
import { parsePlainDate } from '../../shared/calendar/plain-date.ts';
import { heldSessionsByPhase } from '../../seances/domain/counters.ts';
import type { Seance } from '../../seances/domain/seance.ts';
import { checklistIssues, phaseChecklist, type PhaseChecklistFacts } from './phase-checklists.ts';

const allMet: PhaseChecklistFacts = {
  needAnalysisRecorded: true,
  formatChosen: true,
  modalitiesAgreed: true,
  consentGiven: true,
  commitmentsCharterSigned: true,
  careerPathReviewed: true,
  expectationsRecorded: true,
  investigationSessionsHeld: 4,
  professionalBackgroundExplored: true,
  personalCharacteristicsExplored: true,
  environmentExplored: true,
  projectOrAlternativesIdentified: true,
  conclusionInterviewsHeld: 1,
  detailedResultsPresented: true,
  actionPlanDefined: true,
  synthesisDelivered: true,
  followUpOffered: true,
  hotEvaluationDone: true,
  financing: { type: 'cpf', referenceDate: parsePlainDate('2026-03-02'), accompanimentDoneMinutes: 18 * 60 },
};
const unmetCodes = (facts: PhaseChecklistFacts, phase: 'preliminaire' | 'investigation' | 'conclusion') =>
  phaseChecklist(phase, facts).unmetRequired.map((entry) => entry.code);

describe('phase checklists', () => {
  it('are complete when every fact is met', () => {
    for (const phase of ['preliminaire', 'investigation', 'conclusion'] as const) {
      const checklist = phaseChecklist(phase, allMet);
      expect(checklist.complete, phase).toBe(true);
      expect(
        checklist.items.every((entry) => entry.met),
        phase,
      ).toBe(true);
      expect(checklistIssues(checklist), phase).toEqual([]);
    }
  });

  it('lists the préliminaire items of the law and the charter with stable codes', () => {
    expect(phaseChecklist('preliminaire', allMet).items.map((entry) => `${entry.level}:${entry.code}`)).toEqual([
      'required:need_analysed',
      'required:format_chosen',
      'required:modalities_agreed',
      'required:consent_given',
      'required:commitments_charter_signed',
      'recommended:career_path_reviewed',
      'recommended:expectations_recorded',
    ]);
  });

  it('blocks the investigation without consent or a signed charter, naming them in French', () => {
    const facts = { ...allMet, consentGiven: false, commitmentsCharterSigned: false, careerPathReviewed: false };
    const checklist = phaseChecklist('preliminaire', facts);
    expect(checklist.complete).toBe(false);
    expect(checklist.unmetRequired.map((entry) => entry.code)).toEqual(['consent_given', 'commitments_charter_signed']);
    expect(checklistIssues(checklist).map((issue) => [issue.severity, issue.message])).toEqual([
      [
        'error',
        'Pour clore la phase préliminaire, il manque : Consentement éclairé du ou de la bénéficiaire recueilli.',
      ],
      ['error', 'Pour clore la phase préliminaire, il manque : Charte des engagements réciproques signée.'],
      ['warning', 'Recommandé avant de clore la phase préliminaire : Histoire professionnelle parcourue.'],
    ]);
  });

  it('requires the signed tripartite convention for an employer-funded bilan only', () => {
    const employer = {
      ...allMet,
      financing: { ...allMet.financing, type: 'employer_plan' as const, conventionSignedByAll: false },
    };
    expect(unmetCodes(employer, 'preliminaire')).toEqual(['convention_signed']);
    expect(
      unmetCodes({ ...employer, financing: { ...employer.financing, conventionSignedByAll: true } }, 'preliminaire'),
    ).toEqual([]);
    expect(phaseChecklist('preliminaire', allMet).items.some((entry) => entry.code === 'convention_signed')).toBe(
      false,
    );
  });

  it('requires an investigation session and a project or alternatives', () => {
    expect(unmetCodes({ ...allMet, investigationSessionsHeld: 0 }, 'investigation')).toEqual([
      'investigation_session_held',
    ]);
    expect(unmetCodes({ ...allMet, projectOrAlternativesIdentified: false }, 'investigation')).toEqual([
      'project_or_alternatives_identified',
    ]);
    expect(phaseChecklist('investigation', { ...allMet, environmentExplored: false }).complete).toBe(true);
  });

  it('closes only with an individual interview, the synthesis delivered and the follow-up offered', () => {
    const facts = { ...allMet, conclusionInterviewsHeld: 0, synthesisDelivered: false, followUpOffered: false };
    expect(unmetCodes(facts, 'conclusion')).toEqual([
      'conclusion_interview_held',
      'synthesis_delivered',
      'follow_up_offered',
    ]);
    expect(unmetCodes({ ...allMet, conclusionInterviewsHeld: 1 }, 'conclusion')).toEqual([]);
  });

  it('recommends 13 h of signed accompaniment for CPF from 2026, 12 h 59 unmet, 13 h met', () => {
    const cpf = (minutes: number, date = '2026-03-02') =>
      phaseChecklist('conclusion', {
        ...allMet,
        financing: { type: 'cpf', referenceDate: parsePlainDate(date), accompanimentDoneMinutes: minutes },
      }).items.find((entry) => entry.code === 'cpf_minimum_accompaniment');
    expect(cpf(779)).toMatchObject({ met: false, level: 'recommended' });
    expect(cpf(779)?.label).toBe('Au moins 13\u00A0h d’accompagnement effectif émargé (condition du service fait CPF)');
    expect(cpf(780)?.met).toBe(true);
    expect(cpf(600, '2026-02-25')).toBeUndefined();
    const selfFunded = { ...allMet, financing: { ...allMet.financing, type: 'self_funded' as const } };
    expect(
      phaseChecklist('conclusion', selfFunded).items.some((entry) => entry.code === 'cpf_minimum_accompaniment'),
    ).toBe(false);
  });

  it('gets session counts per phase from the sessions', () => {
    const base = { consultantId: 'c1', signedByBeneficiary: true, signedByConsultant: true, mode: 'remote' as const };
    const at = (day: string) => ({
      start: parseLocalDateTime(`${day}T09:00`),
      end: parseLocalDateTime(`${day}T11:00`),
    });
    const sessions: Seance[] = [
      { ...base, ...at('2026-05-04'), id: 'a', phase: 'preliminaire', status: 'held' },
      { ...base, ...at('2026-05-11'), id: 'b', phase: 'investigation', status: 'held' },
      { ...base, ...at('2026-05-12'), id: 'c', phase: 'investigation', status: 'held', mode: 'personal_work' },
      { ...base, ...at('2026-05-18'), id: 'd', phase: 'investigation', status: 'no_show' },
      { ...base, ...at('2026-06-18'), id: 'e', phase: 'conclusion', status: 'planned' },
    ];
    expect(heldSessionsByPhase(sessions)).toEqual({ preliminaire: 1, investigation: 1, conclusion: 0 });
  });
});
