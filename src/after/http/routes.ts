/**
 * After the bilan: follow-up interview, evaluations (the answer links are public: the token is
 * the credential), EDOF declarations, the organisation's indicators.
 */
import { Hono } from 'hono';
import {
  EdofDeclaredSchema,
  EvaluationAnswersSchema,
  FollowUpAnswerSchema,
  FollowUpRecordSchema,
  IndicatorsPeriodSchema,
} from '../contracts/schemas.ts';
import { linkToken, uuidParam } from '../../shared/fields.ts';
import { getAfterBilan } from '../use-cases/after-bilan-view.ts';
import { markEdofDeclared } from '../use-cases/edof.ts';
import { answerEvaluation, getEvaluationForm, sendHotEvaluationNow } from '../use-cases/evaluations.ts';
import { answerFollowUp, offerFollowUp, recordFollowUp } from '../use-cases/follow-up.ts';
import { getOrganisationIndicators } from '../use-cases/organisation-indicators.ts';
import { AppError } from '../../shared/errors.ts';
import { actorOf, type Env } from '../../platform/http/context.ts';
import { jsonBody, param, query } from '../../platform/http/validate.ts';

function evaluationToken(c: Parameters<typeof param>[0]): string {
  const parsed = linkToken.safeParse(c.req.param('token'));
  if (!parsed.success) throw new AppError('evaluation_invalid');
  return parsed.data;
}

export const afterRoutes = new Hono<Env>()
  .get('/bilans/:id/after', async (c) => {
    const actor = actorOf(c);
    return c.json(await getAfterBilan(c.get('deps'), actor, param(c, 'id', uuidParam)));
  })
  .post('/bilans/:id/follow-up/offer', async (c) => {
    const actor = actorOf(c);
    await offerFollowUp(c.get('deps'), actor, param(c, 'id', uuidParam));
    return c.body(null, 204);
  })
  .post('/bilans/:id/follow-up/answer', async (c) => {
    const actor = actorOf(c);
    const id = param(c, 'id', uuidParam);
    await answerFollowUp(c.get('deps'), actor, id, await jsonBody(c, FollowUpAnswerSchema));
    return c.body(null, 204);
  })
  .post('/bilans/:id/follow-up/record', async (c) => {
    const actor = actorOf(c);
    const id = param(c, 'id', uuidParam);
    await recordFollowUp(c.get('deps'), actor, id, await jsonBody(c, FollowUpRecordSchema));
    return c.body(null, 204);
  })
  .post('/bilans/:id/evaluations/hot', async (c) => {
    const actor = actorOf(c);
    await sendHotEvaluationNow(c.get('deps'), actor, param(c, 'id', uuidParam));
    return c.body(null, 204);
  })
  .post('/bilans/:id/edof', async (c) => {
    const actor = actorOf(c);
    const id = param(c, 'id', uuidParam);
    await markEdofDeclared(c.get('deps'), actor, id, await jsonBody(c, EdofDeclaredSchema));
    return c.body(null, 204);
  })
  .get('/admin/indicators', async (c) => {
    const actor = actorOf(c);
    return c.json(await getOrganisationIndicators(c.get('deps'), actor, query(c, IndicatorsPeriodSchema)));
  })
  .get('/evaluations/:token', async (c) => c.json(await getEvaluationForm(c.get('deps'), evaluationToken(c))))
  .post('/evaluations/:token', async (c) => {
    const token = evaluationToken(c);
    await answerEvaluation(c.get('deps'), token, await jsonBody(c, EvaluationAnswersSchema));
    return c.body(null, 204);
  });
