/** The routes of questionnaires: assignments to a bilan, answers, comments and debrief notes. */
import { get, post } from '../../shared/api/endpoint.ts';
import { uuidParam } from '../../shared/fields.ts';
import {
  AnswersBodySchema,
  AssignQuestionnaireSchema,
  CommentSchema,
  DebriefSchema,
  type AnswersSaved,
  type AssignmentDetail,
  type AssignmentSummary,
} from './schemas.ts';

const byId = { params: { id: uuidParam } };

export const questionnaireEndpoints = {
  /** The questionnaires of a bilan (its consultant and its beneficiary). */
  listOfBilan: get('/bilans/:id/questionnaires', byId).returns<{ assignments: AssignmentSummary[] }>(),
  assign: post('/bilans/:id/questionnaires', { ...byId, body: AssignQuestionnaireSchema, status: 201 }).returns<{
    assignmentId: string;
  }>(),
  show: get('/assignments/:id', byId).returns<AssignmentDetail>(),
  /** Autosave by the beneficiary. */
  saveDraft: post('/assignments/:id/draft', { ...byId, body: AnswersBodySchema }).returns<AnswersSaved>(),
  submit: post('/assignments/:id/submit', { ...byId, body: AnswersBodySchema }).returns<AnswersSaved>(),
  withdraw: post('/assignments/:id/withdraw', byId).returnsNothing(),
  comment: post('/assignments/:id/comments', { ...byId, body: CommentSchema, status: 201 }).returns<{
    commentId: string;
  }>(),
  debrief: post('/assignments/:id/debrief', { ...byId, body: DebriefSchema }).returnsNothing(),
};
