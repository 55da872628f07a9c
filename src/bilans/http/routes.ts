/**
 * Bilans: the consultant's home and bilan page, creating a bilan, moving its phase;
 * the beneficiary's home.
 */
import { Hono } from 'hono';
import { CreateBilanSchema, TransitionSchema } from '../contracts/schemas.ts';
import { uuidParam } from '../../shared/fields.ts';
import { consultantHome } from '../use-cases/consultant-home.ts';
import { createBilan } from '../use-cases/create-bilan.ts';
import { getBilan } from '../use-cases/get-bilan.ts';
import { changeBilanPhase } from '../use-cases/change-bilan-phase.ts';
import { beneficiaryHome } from '../use-cases/beneficiary-home.ts';
import { actorOf, type Env } from '../../platform/http/context.ts';
import { jsonBody, param } from '../../platform/http/validate.ts';
import { cachedJson } from '../../platform/http/json.ts';

export const bilanRoutes = new Hono<Env>()
  .get('/consultant/home', async (c) => cachedJson(c, await consultantHome(c.get('deps'), actorOf(c))))
  .post('/bilans', async (c) => {
    const actor = actorOf(c);
    const input = await jsonBody(c, CreateBilanSchema);
    return c.json(await createBilan(c.get('deps'), actor, input), 201);
  })
  .get('/bilans/:id', async (c) => {
    const actor = actorOf(c);
    return c.json({ bilan: await getBilan(c.get('deps'), actor, param(c, 'id', uuidParam)) });
  })
  .post('/bilans/:id/transitions', async (c) => {
    const actor = actorOf(c);
    const id = param(c, 'id', uuidParam);
    const input = await jsonBody(c, TransitionSchema);
    return c.json(await changeBilanPhase(c.get('deps'), actor, id, input));
  })
  .get('/me/bilan', async (c) => c.json(await beneficiaryHome(c.get('deps'), actorOf(c))));
