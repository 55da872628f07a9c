/**
 * After the bilan: the follow-up interview, the evaluations, the EDOF declarations, the
 * organisation's indicators.
 */
import { z } from 'zod';
import { cleanJson } from '../../shared/text.ts';
import { isoDateField } from '../../shared/fields.ts';
import { FOLLOW_UP_RESPONSES } from '../domain/follow-up.ts';
import type { EvaluationKind } from '../domain/evaluations.ts';
import { EDOF_DECLARATION_KINDS } from '../../financing/domain/cpf-calendar.ts';

const isoDate = (message: string) => isoDateField(message);

export const FollowUpAnswerSchema = z.object({
  response: z.enum(FOLLOW_UP_RESPONSES, { error: 'Choisissez votre réponse.' }),
});
export type FollowUpAnswer = z.infer<typeof FollowUpAnswerSchema>;

export const FollowUpRecordSchema = z.object({
  outcome: z.enum(
    ['project_done', 'project_in_progress', 'project_preparing', 'project_changed', 'project_paused', 'missed'],
    {
      error: 'Choisissez le résultat de l’entretien.',
    },
  ),
  heldOn: isoDate('Indiquez la date de l’entretien (jj/mm/aaaa).'),
});
export type FollowUpRecord = z.infer<typeof FollowUpRecordSchema>;

export const EdofDeclaredSchema = z.object({
  kind: z.enum(EDOF_DECLARATION_KINDS),
  declaredOn: isoDate('Indiquez la date de la déclaration (jj/mm/aaaa).'),
});
export type EdofDeclared = z.infer<typeof EdofDeclaredSchema>;

/** The admin's indicators period (query string). */
export const IndicatorsPeriodSchema = z
  .object({ from: isoDate('Date attendue au format AAAA-MM-JJ.'), to: isoDate('Date attendue au format AAAA-MM-JJ.') })
  .refine((p) => p.from <= p.to, { message: 'La date de début doit précéder la date de fin.', path: ['to'] });

export const EvaluationAnswersSchema = z.object({
  answers: z.record(z.string().max(64), z.unknown()).check(cleanJson()),
});
export type EvaluationAnswers = z.infer<typeof EvaluationAnswersSchema>;

export type FollowUpStateName = 'offered' | 'declined' | 'accepted' | 'planned' | 'held' | 'missed';

export interface AfterBilanView {
  followUp: {
    state: FollowUpStateName;
    offeredAt: string;
    dueOn: string | null;
    reminderOn: string | null;
    outcome: FollowUpRecord['outcome'] | null;
    heldOn: string | null;
    canRecord: boolean;
  } | null;
  /** The follow-up can be offered now (conclusion phase, not yet offered). */
  canOfferFollowUp: boolean;
  /** `canResend`: the consultant may send a new link (« Renvoyer ») while no answer has come. */
  evaluations: { kind: EvaluationKind; sentAt: string; answered: boolean; expiresOn: string; canResend: boolean }[];
  /** The hot evaluation can be sent now (conclusion phase or ended, not yet sent). */
  canSendHotEvaluation: boolean;
  edof: {
    kind: 'entry' | 'exit';
    eventOn: string;
    deadline: string;
    state: 'pending' | 'overdue' | 'declared_on_time' | 'declared_late';
    declaredOn: string | null;
  }[];
}

export type EvaluationQuestionView =
  | { id: string; type: 'scale'; label: string; required: boolean; anchors: { value: number; label: string }[] }
  | { id: string; type: 'single_choice'; label: string; required: boolean; options: { value: string; label: string }[] }
  | { id: string; type: 'long_text'; label: string; required: boolean; maxLength: number };

export interface EvaluationFormView {
  kind: EvaluationKind;
  organisationName: string;
  firstName: string;
  expiresOn: string;
  questionnaire: {
    title: string;
    intro: string;
    sections: { id: string; title: string; questions: EvaluationQuestionView[] }[];
  };
}

export interface IndicatorsView {
  from: string;
  to: string;
  ended: number;
  completed: number;
  abandoned: number;
  completionShareBasisPoints: number | null;
  meanCompletionBasisPoints: number | null;
  evaluations: Record<
    EvaluationKind,
    { sent: number; answered: number; responseRateBasisPoints: number | null; meanScoreBasisPoints: number | null }
  >;
  followUps: {
    offered: number;
    accepted: number;
    held: number;
    outcomes: Partial<Record<FollowUpRecord['outcome'], number>>;
  };
  comments: { kind: EvaluationKind; text: string }[];
}
