/**
 * After the bilan's endpoints: follow-up interview, evaluations (the answer links are public: the
 * token is the credential), EDOF declarations, the organisation's indicators.
 */
import { z } from 'zod';
import { get, post } from '../../shared/api/endpoint.ts';
import { linkToken, uuidParam } from '../../shared/fields.ts';
import {
  EdofDeclaredSchema,
  EvaluationAnswersSchema,
  FollowUpAnswerSchema,
  FollowUpRecordSchema,
  IndicatorsPeriodSchema,
  type AfterBilanView,
  type EvaluationFormView,
  type IndicatorsView,
} from './schemas.ts';
import { EVALUATION_KINDS } from '../domain/evaluations.ts';

const bilan = { params: { id: uuidParam } };
const evaluation = { params: { token: linkToken }, paramError: 'evaluation_invalid' as const, public: true };

export const afterEndpoints = {
  afterBilan: get('/bilans/:id/after', bilan).returns<AfterBilanView>(),
  offerFollowUp: post('/bilans/:id/follow-up/offer', bilan).returnsNothing(),
  answerFollowUp: post('/bilans/:id/follow-up/answer', { ...bilan, body: FollowUpAnswerSchema }).returnsNothing(),
  recordFollowUp: post('/bilans/:id/follow-up/record', { ...bilan, body: FollowUpRecordSchema }).returnsNothing(),
  sendHotEvaluation: post('/bilans/:id/evaluations/hot', bilan).returnsNothing(),
  /** « Renvoyer »: a new link for the unanswered évaluation; the previous one stops working (decision 026). */
  resendEvaluation: post('/bilans/:id/evaluations/:kind/resend', {
    params: { id: uuidParam, kind: z.enum(EVALUATION_KINDS) },
  }).returnsNothing(),
  declareEdof: post('/bilans/:id/edof', { ...bilan, body: EdofDeclaredSchema }).returnsNothing(),
  indicators: get('/admin/indicators', { query: IndicatorsPeriodSchema }).returns<IndicatorsView>(),
  evaluationForm: get('/evaluations/:token', evaluation).returns<EvaluationFormView>(),
  answerEvaluation: post('/evaluations/:token', { ...evaluation, body: EvaluationAnswersSchema }).returnsNothing(),
};
