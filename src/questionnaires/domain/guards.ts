/**
 * Guards on who may submit what, as pure checks over facts the service loads (no I/O here).
 *
 * They cover the "bad input" cases that need state: a questionnaire that is not assigned
 * to the person, one already submitted, answers given to an old version. Each refusal has a stable
 * code and a French message; when a guard refuses, nothing must be saved.
 */
export type SubmitRefusal =
  'not_assigned' | 'bilan_ended' | 'already_submitted' | 'assignment_withdrawn' | 'version_mismatch';

const MESSAGES: Record<SubmitRefusal, string> = {
  not_assigned: 'Ce questionnaire ne vous a pas été proposé : vos réponses n’ont pas été enregistrées.',
  bilan_ended: 'Votre bilan est terminé : ce questionnaire ne reçoit plus de réponses.',
  already_submitted: 'Vous avez déjà envoyé ce questionnaire : il ne peut plus être modifié.',
  assignment_withdrawn: 'Votre consultant·e a retiré ce questionnaire : vos réponses n’ont pas été enregistrées.',
  version_mismatch:
    'Ce questionnaire a changé depuis que vous l’avez commencé : rechargez la page pour reprendre sur la nouvelle version.',
};

export interface AssignmentFacts {
  /** Is there an assignment of this questionnaire to the person who submits? */
  assignedToRequester: boolean;
  /** Has the bilan ended (clôturé or abandonné)? Absent: it is running. */
  bilanEnded?: boolean;
  /** Has the consultant withdrawn it? */
  withdrawn: boolean;
  /** When it was submitted, if it was. */
  submittedAt: Date | null;
  /** Version the assignment is pinned to, and version the answers were given to. */
  assignedVersion: number;
  answeredVersion: number;
}

export type GuardResult = { allowed: true } | { allowed: false; code: SubmitRefusal; message: string };

const refuse = (code: SubmitRefusal): GuardResult => ({ allowed: false, code, message: MESSAGES[code] });

/** May these answers be saved (draft) or submitted? Drafts and submissions share the same rule. */
export function checkCanAnswer(facts: AssignmentFacts): GuardResult {
  if (!facts.assignedToRequester) return refuse('not_assigned');
  if (facts.bilanEnded) return refuse('bilan_ended');
  if (facts.withdrawn) return refuse('assignment_withdrawn');
  if (facts.submittedAt !== null) return refuse('already_submitted');
  if (facts.assignedVersion !== facts.answeredVersion) return refuse('version_mismatch');
  return { allowed: true };
}
