/**
 * Questionnaires and instruments: assignments to a bilan, autosave and submission by the
 * beneficiary, comments and debrief notes by the consultant.
 */
import { endpointRoutes } from '../../platform/http/endpoints.ts';
import { questionnaireEndpoints as e } from '../contracts/endpoints.ts';
import { assignQuestionnaire } from '../use-cases/assign-questionnaire.ts';
import { commentAnswer } from '../use-cases/comment-answer.ts';
import { getAssignment } from '../use-cases/get-assignment.ts';
import { listBilanQuestionnaires } from '../use-cases/list-bilan-questionnaires.ts';
import { saveDebrief } from '../use-cases/save-debrief.ts';
import { saveQuestionnaireDraft } from '../use-cases/save-questionnaire-draft.ts';
import { submitQuestionnaire } from '../use-cases/submit-questionnaire.ts';
import { withdrawQuestionnaire } from '../use-cases/withdraw-questionnaire.ts';

export const questionnaireRoutes = endpointRoutes()
  .on(e.listOfBilan, ({ deps, actor, params }) => listBilanQuestionnaires(deps, actor(), params.id))
  .on(e.assign, ({ deps, actor, params, body }) => assignQuestionnaire(deps, actor(), params.id, body))
  .on(e.show, ({ deps, actor, params }) => getAssignment(deps, actor(), params.id))
  .on(e.saveDraft, ({ deps, actor, params, body }) => saveQuestionnaireDraft(deps, actor(), params.id, body))
  .on(e.submit, ({ deps, actor, params, body }) => submitQuestionnaire(deps, actor(), params.id, body))
  .on(e.withdraw, ({ deps, actor, params }) => withdrawQuestionnaire(deps, actor(), params.id))
  .on(e.comment, ({ deps, actor, params, body }) => commentAnswer(deps, actor(), params.id, body))
  .on(e.debrief, ({ deps, actor, params, body }) => saveDebrief(deps, actor(), params.id, body)).app;
