/**
 * The financing API (decision 021): the bilan's financing record and its status, and the public
 * CPF earliest-start computation (general information, no sign-in).
 */
import { get, post } from '../../shared/api/endpoint.ts';
import { uuidParam } from '../../shared/fields.ts';
import { EarliestStartQuerySchema, FinancingStatusSchema, SaveFinancingSchema, type FinancingView } from './schemas.ts';

const bilan = { params: { id: uuidParam } };

export const financingEndpoints = {
  cpfEarliestStart: get('/rules/cpf/earliest-start', {
    query: EarliestStartQuerySchema,
    queryError: 'invalid_date_query',
    public: true,
  }).returns<{ earliestStart: string }>(),
  get: get('/bilans/:id/financing', bilan).returns<FinancingView>(),
  save: post('/bilans/:id/financing', { ...bilan, body: SaveFinancingSchema }).returns<FinancingView>(),
  changeStatus: post('/bilans/:id/financing/status', {
    ...bilan,
    body: FinancingStatusSchema,
  }).returns<FinancingView>(),
};
