/**
 * Intake (issue 3): the organisation's public page and contact form (no login), and the leads
 * with their entretien préalable (admins and consultants).
 */
import { endpointRoutes } from '../../platform/http/endpoints.ts';
import { intakeEndpoints as e } from '../contracts/endpoints.ts';
import { getPublicPage } from '../use-cases/get-public-page.ts';
import { submitContactRequest } from '../use-cases/submit-contact-request.ts';
import { listLeads } from '../use-cases/list-leads.ts';
import { getLead } from '../use-cases/get-lead.ts';
import { changeLeadStatus } from '../use-cases/change-lead-status.ts';
import { assignLead } from '../use-cases/assign-lead.ts';
import { planLeadInterview } from '../use-cases/plan-lead-interview.ts';
import { recordLeadInterview } from '../use-cases/record-lead-interview.ts';
import { convertLead } from '../use-cases/convert-lead.ts';

export const intakeRoutes = endpointRoutes()
  .on(e.publicPage, ({ deps, params }) => getPublicPage(deps, params.slug))
  .on(e.contact, async ({ deps, params, body }, c) => {
    await submitContactRequest(deps, c.get('origin'), params.slug, body);
    return { received: true } as const;
  })
  .on(e.leads, async ({ deps, actor }) => ({ leads: await listLeads(deps, actor()) }))
  .on(e.lead, ({ deps, actor, params }) => getLead(deps, actor(), params.id))
  .on(e.changeStatus, ({ deps, actor, params, body }) => changeLeadStatus(deps, actor(), params.id, body))
  .on(e.assign, ({ deps, actor, params, body }) => assignLead(deps, actor(), params.id, body.consultantId))
  .on(e.planInterview, ({ deps, actor, params, body }) => planLeadInterview(deps, actor(), params.id, body))
  .on(e.recordInterview, ({ deps, actor, params, body }) => recordLeadInterview(deps, actor(), params.id, body))
  .on(e.convert, ({ deps, actor, params, body }) => convertLead(deps, actor(), params.id, body)).app;
