/**
 * Séances of a bilan: list, plan, move, cancel, record the outcome, sign the attendance.
 */
import { Hono } from 'hono';
import { uuidParam } from '../../shared/fields.ts';
import {
  CancelSeanceSchema,
  MarkHeldSchema,
  NoShowSchema,
  PlanSeanceSchema,
  RescheduleSeanceSchema,
  SignAttendanceSchema,
} from '../contracts/schemas.ts';
import { listBilanSeances } from '../use-cases/list-bilan-seances.ts';
import { planSeance } from '../use-cases/plan-seance.ts';
import { cancelSeance, markSeanceHeld, markSeanceNoShow, rescheduleSeance } from '../use-cases/change-seance.ts';
import { signAttendance } from '../use-cases/sign-attendance.ts';
import { getSeance } from '../use-cases/get-seance.ts';
import { actorOf, type Env } from '../../platform/http/context.ts';
import { jsonBody, param } from '../../platform/http/validate.ts';

export const seanceRoutes = new Hono<Env>()
  .get('/bilans/:id/seances', async (c) => {
    const actor = actorOf(c);
    return c.json(await listBilanSeances(c.get('deps'), actor, param(c, 'id', uuidParam)));
  })
  .post('/bilans/:id/seances', async (c) => {
    const actor = actorOf(c);
    const id = param(c, 'id', uuidParam);
    return c.json(await planSeance(c.get('deps'), actor, id, await jsonBody(c, PlanSeanceSchema)), 201);
  })
  .get('/seances/:id', async (c) => {
    const actor = actorOf(c);
    return c.json(await getSeance(c.get('deps'), actor, param(c, 'id', uuidParam)));
  })
  .post('/seances/:id/reschedule', async (c) => {
    const actor = actorOf(c);
    const id = param(c, 'id', uuidParam);
    await rescheduleSeance(c.get('deps'), actor, id, await jsonBody(c, RescheduleSeanceSchema));
    return c.body(null, 204);
  })
  .post('/seances/:id/cancel', async (c) => {
    const actor = actorOf(c);
    const id = param(c, 'id', uuidParam);
    await cancelSeance(c.get('deps'), actor, id, (await jsonBody(c, CancelSeanceSchema)).reason);
    return c.body(null, 204);
  })
  .post('/seances/:id/held', async (c) => {
    const actor = actorOf(c);
    const id = param(c, 'id', uuidParam);
    await markSeanceHeld(c.get('deps'), actor, id, await jsonBody(c, MarkHeldSchema));
    return c.body(null, 204);
  })
  .post('/seances/:id/no-show', async (c) => {
    const actor = actorOf(c);
    const id = param(c, 'id', uuidParam);
    await markSeanceNoShow(c.get('deps'), actor, id, (await jsonBody(c, NoShowSchema)).reason);
    return c.body(null, 204);
  })
  .post('/seances/:id/attendance', async (c) => {
    const actor = actorOf(c);
    const id = param(c, 'id', uuidParam);
    return c.json(await signAttendance(c.get('deps'), actor, id, await jsonBody(c, SignAttendanceSchema)), 201);
  });
