/**
 * Intake (issue 3): the organisation's profile and offers (admin), its public page and contact
 * form (no login), and the leads with their entretien préalable (admins and consultants).
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { uuidParam } from '../../shared/fields.ts';
import {
  AssignLeadSchema,
  ContactRequestSchema,
  ConvertLeadSchema,
  LeadStatusActionSchema,
  PlanInterviewSchema,
  RecordInterviewSchema,
} from '../contracts/schemas.ts';
import { getPublicPage } from '../use-cases/public-page.ts';
import { submitContactRequest } from '../use-cases/submit-contact-request.ts';
import { getLead, listLeads } from '../use-cases/leads.ts';
import { assignLead, changeLeadStatus, planLeadInterview, recordLeadInterview } from '../use-cases/lead-actions.ts';
import { convertLead } from '../use-cases/convert-lead.ts';
import { actorOf, type Env } from '../../platform/http/context.ts';
import { jsonBody, param } from '../../platform/http/validate.ts';

const slugParam = z.string().max(100);

export const intakeRoutes = new Hono<Env>()
  .get('/public/organisations/:slug', async (c) =>
    c.json(await getPublicPage(c.get('deps'), param(c, 'slug', slugParam))),
  )
  .post('/public/organisations/:slug/contact', async (c) => {
    const slug = param(c, 'slug', slugParam);
    await submitContactRequest(c.get('deps'), c.get('origin'), slug, await jsonBody(c, ContactRequestSchema));
    return c.json({ received: true }, 202);
  })
  .get('/leads', async (c) => c.json({ leads: await listLeads(c.get('deps'), actorOf(c)) }))
  .get('/leads/:id', async (c) => {
    const actor = actorOf(c);
    return c.json(await getLead(c.get('deps'), actor, param(c, 'id', uuidParam)));
  })
  .post('/leads/:id/status', async (c) => {
    const actor = actorOf(c);
    const id = param(c, 'id', uuidParam);
    await changeLeadStatus(c.get('deps'), actor, id, await jsonBody(c, LeadStatusActionSchema));
    return c.body(null, 204);
  })
  .post('/leads/:id/assign', async (c) => {
    const actor = actorOf(c);
    const id = param(c, 'id', uuidParam);
    await assignLead(c.get('deps'), actor, id, (await jsonBody(c, AssignLeadSchema)).consultantId);
    return c.body(null, 204);
  })
  .post('/leads/:id/interview', async (c) => {
    const actor = actorOf(c);
    const id = param(c, 'id', uuidParam);
    await planLeadInterview(c.get('deps'), actor, id, await jsonBody(c, PlanInterviewSchema));
    return c.body(null, 204);
  })
  .post('/leads/:id/interview/record', async (c) => {
    const actor = actorOf(c);
    const id = param(c, 'id', uuidParam);
    await recordLeadInterview(c.get('deps'), actor, id, await jsonBody(c, RecordInterviewSchema));
    return c.body(null, 204);
  })
  .post('/leads/:id/convert', async (c) => {
    const actor = actorOf(c);
    const id = param(c, 'id', uuidParam);
    return c.json(await convertLead(c.get('deps'), actor, id, await jsonBody(c, ConvertLeadSchema)), 201);
  });
