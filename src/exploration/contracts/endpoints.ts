/**
 * The exploration's endpoints (issue 13, decision 041), all under the bilan: its beneficiary and
 * its consultant read and change it (changes only while the bilan is open); anyone else gets 404,
 * admins 403. Saves create or update (`id` and `revision` in the body). The debrief of an enquête
 * and setting a suggestion aside are the consultant's.
 */
import { get, post } from '../../shared/api/endpoint.ts';
import { uuidParam } from '../../shared/fields.ts';
import {
  DebriefSchema,
  EnqueteSchema,
  PisteSchema,
  SetAsideSchema,
  TrainingNeedSchema,
  type EnqueteView,
  type ExplorationView,
  type GuideView,
  type PisteSuggestionsView,
  type PisteView,
  type SetAsideView,
  type TrainingNeedView,
} from './schemas.ts';

const id = { id: uuidParam };
const item = { id: uuidParam, itemId: uuidParam };

export const explorationEndpoints = {
  get: get('/bilans/:id/exploration', { params: id }).returns<ExplorationView>(),
  savePiste: post('/bilans/:id/exploration/pistes', { params: id, body: PisteSchema }).returns<{ piste: PisteView }>(),
  deletePiste: post('/bilans/:id/exploration/pistes/:itemId/delete', { params: item }).returnsNothing(),
  /** The interview guide the fiche of the piste suggests (a new interview starts from it). */
  guide: get('/bilans/:id/exploration/pistes/:itemId/guide', { params: item }).returns<GuideView>(),
  saveTrainingNeed: post('/bilans/:id/exploration/training-needs', {
    params: id,
    body: TrainingNeedSchema,
  }).returns<{ trainingNeed: TrainingNeedView }>(),
  deleteTrainingNeed: post('/bilans/:id/exploration/training-needs/:itemId/delete', { params: item }).returnsNothing(),
  saveEnquete: post('/bilans/:id/exploration/enquetes', { params: id, body: EnqueteSchema }).returns<{
    enquete: EnqueteView;
  }>(),
  deleteEnquete: post('/bilans/:id/exploration/enquetes/:itemId/delete', { params: item }).returnsNothing(),
  debrief: post('/bilans/:id/exploration/enquetes/:itemId/debrief', { params: item, body: DebriefSchema }).returns<{
    piste: PisteView;
  }>(),
  setAside: post('/bilans/:id/exploration/set-aside', { params: id, body: SetAsideSchema }).returns<{
    setAside: SetAsideView[];
  }>(),
  /** Job suggestions from the portfolio and the RIASEC result (decision 040), set-aside ones left out. */
  suggestions: get('/bilans/:id/exploration/suggestions', { params: id }).returns<PisteSuggestionsView>(),
  /** The pistes as a JSON file (the beneficiary's export will include it). */
  exportJson: get('/bilans/:id/exploration/export.json', { params: id }).returnsFile(),
};
