/**
 * Intake's endpoints: the organisation's public page and contact form (no login), and the leads
 * with their entretien préalable (admins and consultants).
 */
import { z } from 'zod';
import { oneLine } from '../../shared/text.ts';
import { get, post } from '../../shared/api/endpoint.ts';
import { uuidParam } from '../../shared/fields.ts';
import {
  AssignLeadSchema,
  ContactRequestSchema,
  ConvertLeadSchema,
  LeadStatusActionSchema,
  PlanInterviewSchema,
  RecordInterviewSchema,
  type LeadDetail,
  type LeadSummary,
  type PublicOrganisationPage,
} from './schemas.ts';

const slugParam = z.string().max(100).check(oneLine());
const lead = { params: { id: uuidParam } };

export const intakeEndpoints = {
  publicPage: get('/public/organisations/:slug', {
    params: { slug: slugParam },
    public: true,
  }).returns<PublicOrganisationPage>(),
  contact: post('/public/organisations/:slug/contact', {
    params: { slug: slugParam },
    body: ContactRequestSchema,
    status: 202,
    public: true,
  }).returns<{ received: true }>(),
  leads: get('/leads').returns<{ leads: LeadSummary[] }>(),
  lead: get('/leads/:id', lead).returns<LeadDetail>(),
  changeStatus: post('/leads/:id/status', { ...lead, body: LeadStatusActionSchema }).returnsNothing(),
  assign: post('/leads/:id/assign', { ...lead, body: AssignLeadSchema }).returnsNothing(),
  planInterview: post('/leads/:id/interview', { ...lead, body: PlanInterviewSchema }).returnsNothing(),
  recordInterview: post('/leads/:id/interview/record', { ...lead, body: RecordInterviewSchema }).returnsNothing(),
  convert: post('/leads/:id/convert', { ...lead, body: ConvertLeadSchema, status: 201 }).returns<{
    bilanId: string;
  }>(),
};
