/**
 * The BPF's endpoints (decision 051): the admin's figures of a financial year, their CSV and PDF,
 * the filing date and the consultants' internal or external status for the year; the reminder on
 * the admin's home; and a bilan's beneficiary category, read and changed by the organisation's
 * admins and the bilan's consultant.
 */
import { get, post } from '../../shared/api/endpoint.ts';
import { uuidParam } from '../../shared/fields.ts';
import {
  CategorySchema,
  ConsultantStatusSchema,
  FilingSchema,
  yearParam,
  type BpfReminderView,
  type BpfView,
  type CategoryView,
} from './schemas.ts';

const year = { params: { year: yearParam }, paramError: 'bpf_year_invalid' } as const;

export const bpfEndpoints = {
  figures: get('/admin/bpf/:year', year).returns<BpfView>(),
  csv: get('/admin/bpf/:year/bpf.csv', year).returnsFile(),
  pdf: get('/admin/bpf/:year/bpf.pdf', year).returnsFile(),
  file: post('/admin/bpf/:year/filing', { ...year, body: FilingSchema }).returns<{ filedOn: string }>(),
  consultantStatus: post('/admin/bpf/:year/consultants/:id', {
    params: { year: yearParam, id: uuidParam },
    paramError: 'bpf_year_invalid',
    body: ConsultantStatusSchema,
  }).returnsNothing(),
  reminder: get('/admin/bpf-reminder').returns<BpfReminderView>(),
  category: get('/bilans/:id/beneficiary-category', { params: { id: uuidParam } }).returns<CategoryView>(),
  setCategory: post('/bilans/:id/beneficiary-category', {
    params: { id: uuidParam },
    body: CategorySchema,
  }).returns<CategoryView>(),
} as const;
