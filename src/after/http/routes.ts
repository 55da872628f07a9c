/**
 * After the bilan: follow-up interview, evaluations (the answer links are public: the token is
 * the credential), EDOF declarations, the organisation's indicators.
 */
import { endpointRoutes } from '../../platform/http/endpoints.ts';
import { afterEndpoints as e } from '../contracts/endpoints.ts';
import { getAfterBilan } from '../use-cases/get-after-bilan.ts';
import { offerFollowUp } from '../use-cases/offer-follow-up.ts';
import { answerFollowUp } from '../use-cases/answer-follow-up.ts';
import { recordFollowUp } from '../use-cases/record-follow-up.ts';
import { sendHotEvaluationNow } from '../use-cases/send-hot-evaluation-now.ts';
import { resendEvaluation } from '../use-cases/resend-evaluation.ts';
import type { EvaluationKind } from '../domain/evaluations.ts';
import { markEdofDeclared } from '../use-cases/mark-edof-declared.ts';
import { getOrganisationIndicators } from '../use-cases/get-organisation-indicators.ts';
import { getEvaluationForm } from '../use-cases/get-evaluation-form.ts';
import { answerEvaluation } from '../use-cases/answer-evaluation.ts';

export const afterRoutes = endpointRoutes()
  .on(e.afterBilan, ({ deps, actor, params }) => getAfterBilan(deps, actor(), params.id))
  .on(e.offerFollowUp, ({ deps, actor, params }) => offerFollowUp(deps, actor(), params.id))
  .on(e.answerFollowUp, ({ deps, actor, params, body }) => answerFollowUp(deps, actor(), params.id, body))
  .on(e.recordFollowUp, ({ deps, actor, params, body }) => recordFollowUp(deps, actor(), params.id, body))
  .on(e.sendHotEvaluation, ({ deps, actor, params }) => sendHotEvaluationNow(deps, actor(), params.id))
  // The endpoint's schema admits only the evaluation kinds.
  .on(e.resendEvaluation, ({ deps, actor, params }) =>
    resendEvaluation(deps, actor(), params.id, params.kind as EvaluationKind),
  )
  .on(e.declareEdof, ({ deps, actor, params, body }) => markEdofDeclared(deps, actor(), params.id, body))
  .on(e.indicators, ({ deps, actor, query }) => getOrganisationIndicators(deps, actor(), query))
  .on(e.evaluationForm, ({ deps, params }) => getEvaluationForm(deps, params.token))
  .on(e.answerEvaluation, ({ deps, params, body }) => answerEvaluation(deps, params.token, body)).app;
