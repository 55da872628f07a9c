/** The exploration (issue 13, decision 041): thin handlers, one use case each. */
import { endpointRoutes } from '../../platform/http/endpoints.ts';
import { explorationEndpoints as e } from '../contracts/endpoints.ts';
import { debriefEnquete } from '../use-cases/debrief-enquete.ts';
import { deleteEnquete } from '../use-cases/delete-enquete.ts';
import { deletePiste } from '../use-cases/delete-piste.ts';
import { deleteTrainingNeed } from '../use-cases/delete-training-need.ts';
import { exportExploration } from '../use-cases/export-exploration.ts';
import { getExploration } from '../use-cases/get-exploration.ts';
import { readInterviewGuide } from '../use-cases/read-interview-guide.ts';
import { saveEnquete } from '../use-cases/save-enquete.ts';
import { savePiste } from '../use-cases/save-piste.ts';
import { saveTrainingNeed } from '../use-cases/save-training-need.ts';
import { setSuggestionAside } from '../use-cases/set-suggestion-aside.ts';
import { suggestPistes } from '../use-cases/suggest-pistes.ts';

export const explorationRoutes = endpointRoutes()
  .on(e.get, ({ deps, actor, params }) => getExploration(deps, actor(), params.id))
  .on(e.savePiste, ({ deps, actor, params, body }) => savePiste(deps, actor(), params.id, body))
  .on(e.deletePiste, ({ deps, actor, params }) => deletePiste(deps, actor(), params.id, params.itemId))
  .on(e.guide, ({ deps, actor, params }) => readInterviewGuide(deps, actor(), params.id, params.itemId))
  .on(e.saveTrainingNeed, ({ deps, actor, params, body }) => saveTrainingNeed(deps, actor(), params.id, body))
  .on(e.deleteTrainingNeed, ({ deps, actor, params }) => deleteTrainingNeed(deps, actor(), params.id, params.itemId))
  .on(e.saveEnquete, ({ deps, actor, params, body }) => saveEnquete(deps, actor(), params.id, body))
  .on(e.deleteEnquete, ({ deps, actor, params }) => deleteEnquete(deps, actor(), params.id, params.itemId))
  .on(e.debrief, ({ deps, actor, params, body }) => debriefEnquete(deps, actor(), params.id, params.itemId, body))
  .on(e.setAside, ({ deps, actor, params, body }) => setSuggestionAside(deps, actor(), params.id, body))
  .on(e.suggestions, ({ deps, actor, params }) => suggestPistes(deps, actor(), params.id))
  .on(e.exportJson, ({ deps, actor, params }) => exportExploration(deps, actor(), params.id)).app;
