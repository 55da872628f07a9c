/**
 * The portfolio's endpoints (issue 12, decision 038), all under the bilan: its beneficiary and its
 * consultant read and change it (changes only while the bilan is open); anyone else gets 404,
 * admins 403. Saves create or update (`id` and `revision` in the body).
 */
import { get, post } from '../../shared/api/endpoint.ts';
import { uuidParam } from '../../shared/fields.ts';
import {
  CommentSchema,
  CompetenceSchema,
  DecideProposalsSchema,
  DecideSavoirEtreSchema,
  DomainSchema,
  ExperienceSchema,
  ImportWorksheetSchema,
  ReorderSchema,
  type CommentView,
  type CompetenceView,
  type DecidedProposals,
  type DomainView,
  type ExperienceView,
  type PortfolioView,
  type ProposalsView,
  type SavoirEtreProposalsView,
  type WorksheetImported,
  type WorksheetImportView,
} from './schemas.ts';

const id = { id: uuidParam };
const item = { id: uuidParam, itemId: uuidParam };

export const portfolioEndpoints = {
  get: get('/bilans/:id/portfolio', { params: id }).returns<PortfolioView>(),
  saveExperience: post('/bilans/:id/portfolio/experiences', { params: id, body: ExperienceSchema }).returns<{
    experience: ExperienceView;
  }>(),
  deleteExperience: post('/bilans/:id/portfolio/experiences/:itemId/delete', { params: item }).returnsNothing(),
  proposals: get('/bilans/:id/portfolio/experiences/:itemId/proposals', { params: item }).returns<ProposalsView>(),
  decideProposals: post('/bilans/:id/portfolio/experiences/:itemId/proposals', {
    params: item,
    body: DecideProposalsSchema,
  }).returns<DecidedProposals>(),
  savoirEtreProposals: get('/bilans/:id/portfolio/savoir-etre-proposals', {
    params: id,
  }).returns<SavoirEtreProposalsView>(),
  decideSavoirEtre: post('/bilans/:id/portfolio/savoir-etre-proposals', {
    params: id,
    body: DecideSavoirEtreSchema,
  }).returns<DecidedProposals>(),
  saveCompetence: post('/bilans/:id/portfolio/competences', { params: id, body: CompetenceSchema }).returns<{
    competence: CompetenceView;
  }>(),
  deleteCompetence: post('/bilans/:id/portfolio/competences/:itemId/delete', { params: item }).returnsNothing(),
  saveDomain: post('/bilans/:id/portfolio/domains', { params: id, body: DomainSchema }).returns<{
    domain: DomainView;
  }>(),
  deleteDomain: post('/bilans/:id/portfolio/domains/:itemId/delete', { params: item }).returnsNothing(),
  reorder: post('/bilans/:id/portfolio/order', { params: id, body: ReorderSchema }).returnsNothing(),
  comment: post('/bilans/:id/portfolio/comments', { params: id, body: CommentSchema, status: 201 }).returns<{
    comment: CommentView;
  }>(),
  /** The portfolio as a JSON file (decision 038 says why it is not Europass's format). */
  exportJson: get('/bilans/:id/portfolio/export.json', { params: id }).returnsFile(),
  /** The periods of the career-history worksheet, offered as experiences (decision 038). */
  worksheetImport: get('/bilans/:id/portfolio/worksheet-import', { params: id }).returns<WorksheetImportView>(),
  importWorksheet: post('/bilans/:id/portfolio/worksheet-import', {
    params: id,
    body: ImportWorksheetSchema,
  }).returns<WorksheetImported>(),
  /** The printable portfolio (Typst): « Mon parcours et mes compétences ». */
  exportPdf: get('/bilans/:id/portfolio.pdf', { params: id }).returnsFile(),
};
