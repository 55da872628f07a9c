/**
 * The bilan dossier's API (decision 021): the homes, creating a bilan, its page and phase
 * changes, consent, charter, the préliminaire record, attested items and the checklist.
 */
import { get, post } from '../../shared/api/endpoint.ts';
import { uuidParam } from '../../shared/fields.ts';
import {
  AttestSchema,
  ConsentDecisionSchema,
  PhaseRecordSchema,
  SignCharterSchema,
  type CharterView,
  type ChecklistView,
  type ConsentView,
} from './checklists.ts';
import {
  CreateBilanSchema,
  ReassignBilanSchema,
  TransitionSchema,
  type BeneficiaryHome,
  type BilanDetail,
  type ConsultantHome,
} from './schemas.ts';

const byId = { params: { id: uuidParam } };

export const bilanEndpoints = {
  consultantHome: get('/consultant/home').returns<ConsultantHome>(),
  create: post('/bilans', { body: CreateBilanSchema, status: 201 }).returns<{
    bilanId: string;
    beneficiaryId: string;
  }>(),
  get: get('/bilans/:id', byId).returns<{ bilan: BilanDetail }>(),
  changePhase: post('/bilans/:id/transitions', { ...byId, body: TransitionSchema }).returns<{ phase: string }>(),
  mine: get('/me/bilan').returns<BeneficiaryHome>(),
  consent: get('/bilans/:id/consent', byId).returns<ConsentView>(),
  decideConsent: post('/bilans/:id/consent', { ...byId, body: ConsentDecisionSchema }).returnsNothing(),
  charter: get('/bilans/:id/charter', byId).returns<CharterView>(),
  signCharter: post('/bilans/:id/charter', { ...byId, body: SignCharterSchema }).returnsNothing(),
  checklist: get('/bilans/:id/checklist', byId).returns<ChecklistView>(),
  savePreliminaire: post('/bilans/:id/preliminaire', { ...byId, body: PhaseRecordSchema }).returnsNothing(),
  /** Admin only: hands the bilan to another active consultant of the organisation (decision 034). */
  reassign: post('/bilans/:id/consultant', { ...byId, body: ReassignBilanSchema }).returns<{ consultantId: string }>(),
  attest: post('/bilans/:id/attestations', { ...byId, body: AttestSchema }).returnsNothing(),
};
