/**
 * The Qualiopi evidence and registers' endpoints (decision 050). The evidence page, the registers
 * and the publication of results are the organisation admin's; the public page's results and
 * complaint form need no account (the organisation's page must be online, otherwise 404).
 */
import { z } from 'zod';
import { get, post } from '../../shared/api/endpoint.ts';
import { oneLine } from '../../shared/text.ts';
import {
  ComplaintSchema,
  EvidencePeriodSchema,
  ImprovementActionSchema,
  PublicComplaintSchema,
  PublishResultsSchema,
  type ComplaintView,
  type EvidenceView,
  type ImprovementActionView,
  type PublicResultsView,
  type PublishedResultsView,
  type RegistersView,
} from './schemas.ts';

const slug = { params: { slug: z.string().max(100).check(oneLine()) }, public: true } as const;

export const qualityEndpoints = {
  evidence: get('/admin/qualiopi/preuves', { query: EvidencePeriodSchema }).returns<EvidenceView>(),
  registers: get('/admin/qualiopi/registres').returns<RegistersView>(),
  saveComplaint: post('/admin/qualiopi/reclamations', { body: ComplaintSchema }).returns<{
    complaint: ComplaintView;
  }>(),
  saveAction: post('/admin/qualiopi/actions', { body: ImprovementActionSchema }).returns<{
    action: ImprovementActionView;
  }>(),
  publishResults: post('/admin/qualiopi/resultats', { body: PublishResultsSchema, status: 201 }).returns<{
    results: PublishedResultsView;
  }>(),
  publicResults: get('/public/organisations/:slug/resultats', slug).returns<PublicResultsView>(),
  publicComplaint: post('/public/organisations/:slug/reclamations', {
    ...slug,
    body: PublicComplaintSchema,
    status: 202,
  }).returns<{ received: true }>(),
};
