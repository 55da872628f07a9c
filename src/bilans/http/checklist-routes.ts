/**
 * Consent, charter, the préliminaire record, attested items and the current phase's checklist.
 */
import { Hono } from 'hono';
import { uuidParam } from '../../shared/fields.ts';
import { AttestSchema, ConsentDecisionSchema, PhaseRecordSchema, SignCharterSchema } from '../contracts/checklists.ts';
import { decideConsent, getConsent } from '../use-cases/consent.ts';
import { getCharter, signCharter } from '../use-cases/charter.ts';
import { attestItem, getChecklist, savePhaseRecord } from '../use-cases/phase-record.ts';
import { actorOf, type Env } from '../../platform/http/context.ts';
import { jsonBody, param } from '../../platform/http/validate.ts';

export const checklistRoutes = new Hono<Env>()
  .get('/bilans/:id/consent', async (c) => {
    const actor = actorOf(c);
    return c.json(await getConsent(c.get('deps'), actor, param(c, 'id', uuidParam)));
  })
  .post('/bilans/:id/consent', async (c) => {
    const actor = actorOf(c);
    const id = param(c, 'id', uuidParam);
    await decideConsent(c.get('deps'), actor, id, await jsonBody(c, ConsentDecisionSchema));
    return c.body(null, 204);
  })
  .get('/bilans/:id/charter', async (c) => {
    const actor = actorOf(c);
    return c.json(await getCharter(c.get('deps'), actor, param(c, 'id', uuidParam)));
  })
  .post('/bilans/:id/charter', async (c) => {
    const actor = actorOf(c);
    const id = param(c, 'id', uuidParam);
    await signCharter(c.get('deps'), actor, id, await jsonBody(c, SignCharterSchema));
    return c.body(null, 204);
  })
  .get('/bilans/:id/checklist', async (c) => {
    const actor = actorOf(c);
    return c.json(await getChecklist(c.get('deps'), actor, param(c, 'id', uuidParam)));
  })
  .post('/bilans/:id/preliminaire', async (c) => {
    const actor = actorOf(c);
    const id = param(c, 'id', uuidParam);
    await savePhaseRecord(c.get('deps'), actor, id, await jsonBody(c, PhaseRecordSchema));
    return c.body(null, 204);
  })
  .post('/bilans/:id/attestations', async (c) => {
    const actor = actorOf(c);
    const id = param(c, 'id', uuidParam);
    await attestItem(c.get('deps'), actor, id, await jsonBody(c, AttestSchema));
    return c.body(null, 204);
  });
