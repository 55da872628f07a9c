/**
 * The document de synthèse's endpoints (issue 14, decision 043), all under the bilan: its
 * consultant writes the draft, publishes versions and records the delivery; its beneficiary reads
 * published versions, comments them section by section, approves one (a signature), may
 * withdraw that approval before the delivery and acknowledges the delivery. Anyone else gets 404, admins 403.
 */
import { get, post } from '../../shared/api/endpoint.ts';
import { uuidParam } from '../../shared/fields.ts';
import {
  AnswerCommentSchema,
  ApproveVersionSchema,
  CommentSectionSchema,
  DecideProposalSchema,
  PublishVersionSchema,
  RecordDeliverySchema,
  SaveSectionSchema,
  WithdrawApprovalSchema,
  sectionKeyParam,
  type SyntheseApprovalView,
  type SyntheseCommentView,
  type SyntheseDeliveryView,
  type SyntheseDraftSectionView,
  type SyntheseVersionView,
  type SyntheseView,
} from './schemas.ts';

const id = { id: uuidParam };
const item = { id: uuidParam, itemId: uuidParam };

export const syntheseEndpoints = {
  /** The consultant's draft with its proposals and all versions, or the beneficiary's published versions. */
  get: get('/bilans/:id/synthese', { params: id }).returns<SyntheseView>(),
  /** Recomputes the pre-filled passages from the dossier (consultant); decided ones are kept. */
  refreshProposals: post('/bilans/:id/synthese/proposals/refresh', { params: id }).returns<{
    sections: SyntheseDraftSectionView[];
  }>(),
  decideProposal: post('/bilans/:id/synthese/proposals/:itemId/decide', {
    params: item,
    body: DecideProposalSchema,
  }).returns<{ section: SyntheseDraftSectionView }>(),
  saveSection: post('/bilans/:id/synthese/sections/:key', {
    params: { id: uuidParam, key: sectionKeyParam },
    body: SaveSectionSchema,
  }).returns<{ section: SyntheseDraftSectionView }>(),
  publish: post('/bilans/:id/synthese/versions', { params: id, body: PublishVersionSchema }).returns<{
    version: SyntheseVersionView;
  }>(),
  comment: post('/bilans/:id/synthese/versions/:itemId/comments', {
    params: item,
    body: CommentSectionSchema,
  }).returns<{ comment: SyntheseCommentView }>(),
  answerComment: post('/bilans/:id/synthese/comments/:itemId/answer', {
    params: item,
    body: AnswerCommentSchema,
  }).returns<{ comment: SyntheseCommentView }>(),
  approve: post('/bilans/:id/synthese/versions/:itemId/approve', {
    params: item,
    body: ApproveVersionSchema,
  }).returns<{ approval: SyntheseApprovalView }>(),
  /** The beneficiary withdraws the running approval before the delivery (decision 052). */
  withdrawApproval: post('/bilans/:id/synthese/approval/withdraw', {
    params: id,
    body: WithdrawApprovalSchema,
  }).returns<{ synthese: SyntheseView }>(),
  recordDelivery: post('/bilans/:id/synthese/delivery', { params: id, body: RecordDeliverySchema }).returns<{
    delivery: SyntheseDeliveryView;
  }>(),
  acknowledgeDelivery: post('/bilans/:id/synthese/delivery/acknowledge', { params: id }).returns<{
    delivery: SyntheseDeliveryView;
  }>(),
  /** The approved version (or else the latest published one) as a tagged PDF. */
  exportPdf: get('/bilans/:id/synthese/synthese.pdf', { params: id }).returnsFile(),
  /** The same content as a Word document. */
  exportDocx: get('/bilans/:id/synthese/synthese.docx', { params: id }).returnsFile(),
};
