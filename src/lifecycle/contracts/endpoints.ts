/**
 * The lifecycle's endpoints (issue 15, decision 046), under the bilan: its beneficiary, its
 * consultant and the organisation's admins read the schedule and the destruction certificate (page
 * and PDF); only its beneficiary signs and withdraws a retention agreement. Anyone else gets 404.
 */
import { get, post } from '../../shared/api/endpoint.ts';
import { uuidParam } from '../../shared/fields.ts';
import { SignRetentionAgreementSchema, type BilanLifecycleView } from './schemas.ts';

const id = { id: uuidParam };
const item = { id: uuidParam, itemId: uuidParam };

export const lifecycleEndpoints = {
  get: get('/bilans/:id/lifecycle', { params: id }).returns<BilanLifecycleView>(),
  certificatePdf: get('/bilans/:id/lifecycle/certificate.pdf', { params: id }).returnsFile(),
  signAgreement: post('/bilans/:id/lifecycle/agreements', {
    params: id,
    body: SignRetentionAgreementSchema,
  }).returns<{ agreementId: string }>(),
  withdrawAgreement: post('/bilans/:id/lifecycle/agreements/:itemId/withdraw', { params: item }).returnsNothing(),
} as const;
