/**
 * Questionnaires and instruments: the consultant's library, assignments to a bilan, autosave and
 * submission by the beneficiary, comments and debrief notes by the consultant.
 */
import { Hono } from 'hono';
import { uuidParam } from '../../shared/fields.ts';
import {
  AnswersBodySchema,
  AssignQuestionnaireSchema,
  CommentSchema,
  CopyModelSchema,
  DebriefSchema,
  UpdateWorksheetSchema,
} from '../contracts/schemas.ts';
import { assignQuestionnaire } from '../use-cases/assign-questionnaire.ts';
import { withdrawQuestionnaire } from '../use-cases/withdraw-questionnaire.ts';
import { saveQuestionnaireDraft } from '../use-cases/save-questionnaire-draft.ts';
import { submitQuestionnaire } from '../use-cases/submit-questionnaire.ts';
import { commentAnswer } from '../use-cases/comment-answer.ts';
import { saveDebrief } from '../use-cases/save-debrief.ts';
import { getLibrary } from '../../worksheets/use-cases/get-library.ts';
import { copyWorksheetModel } from '../../worksheets/use-cases/copy-worksheet-model.ts';
import { getLibraryWorksheet } from '../../worksheets/use-cases/get-library-worksheet.ts';
import { updateLibraryWorksheet } from '../../worksheets/use-cases/update-library-worksheet.ts';
import { getAssignment } from '../use-cases/get-assignment.ts';
import { listBilanQuestionnaires } from '../use-cases/list-bilan-questionnaires.ts';
import { answerRespondent } from '../../feedback/use-cases/answer-respondent.ts';
import { getRespondentForm } from '../../feedback/use-cases/get-respondent-form.ts';
import { inviteRespondent } from '../../feedback/use-cases/invite-respondent.ts';
import { listFeedback } from '../../feedback/use-cases/list-feedback.ts';
import { revokeRespondent } from '../../feedback/use-cases/revoke-respondent.ts';
import { InviteRespondentSchema, RespondentAnswersSchema } from '../contracts/schemas.ts';
import { WorksheetModelIdSchema } from '../contracts/schemas.ts';
import { deleteLibraryWorksheet } from '../../worksheets/use-cases/delete-library-worksheet.ts';
import { getWorksheetModelDefinition } from '../../worksheets/use-cases/get-worksheet-model-definition.ts';
import { linkToken } from '../../shared/fields.ts';
import { actorOf, type Env } from '../../platform/http/context.ts';
import { jsonBody, param } from '../../platform/http/validate.ts';

export const questionnaireRoutes = new Hono<Env>()
  .get('/worksheets', async (c) => c.json(await getLibrary(c.get('deps'), actorOf(c))))
  .post('/worksheets', async (c) => {
    const actor = actorOf(c);
    return c.json(await copyWorksheetModel(c.get('deps'), actor, await jsonBody(c, CopyModelSchema)), 201);
  })
  .get('/worksheets/:id', async (c) => {
    const actor = actorOf(c);
    return c.json(await getLibraryWorksheet(c.get('deps'), actor, param(c, 'id', uuidParam)));
  })
  .post('/worksheets/:id', async (c) => {
    const actor = actorOf(c);
    const id = param(c, 'id', uuidParam);
    return c.json(await updateLibraryWorksheet(c.get('deps'), actor, id, await jsonBody(c, UpdateWorksheetSchema)));
  })
  // Worksheet editor (decision 019): a model in full for its preview; deleting an own worksheet.
  .get('/worksheets/models/:modelId', (c) =>
    c.json(getWorksheetModelDefinition(actorOf(c), param(c, 'modelId', WorksheetModelIdSchema))),
  )
  .post('/worksheets/:id/delete', async (c) => {
    const actor = actorOf(c);
    await deleteLibraryWorksheet(c.get('deps'), actor, param(c, 'id', uuidParam));
    return c.body(null, 204);
  })
  .get('/bilans/:id/questionnaires', async (c) => {
    const actor = actorOf(c);
    return c.json(await listBilanQuestionnaires(c.get('deps'), actor, param(c, 'id', uuidParam)));
  })
  .post('/bilans/:id/questionnaires', async (c) => {
    const actor = actorOf(c);
    const id = param(c, 'id', uuidParam);
    return c.json(
      await assignQuestionnaire(c.get('deps'), actor, id, await jsonBody(c, AssignQuestionnaireSchema)),
      201,
    );
  })
  .get('/assignments/:id', async (c) => {
    const actor = actorOf(c);
    return c.json(await getAssignment(c.get('deps'), actor, param(c, 'id', uuidParam)));
  })
  .post('/assignments/:id/draft', async (c) => {
    const actor = actorOf(c);
    const id = param(c, 'id', uuidParam);
    return c.json(await saveQuestionnaireDraft(c.get('deps'), actor, id, await jsonBody(c, AnswersBodySchema)));
  })
  .post('/assignments/:id/submit', async (c) => {
    const actor = actorOf(c);
    const id = param(c, 'id', uuidParam);
    return c.json(await submitQuestionnaire(c.get('deps'), actor, id, await jsonBody(c, AnswersBodySchema)));
  })
  .post('/assignments/:id/withdraw', async (c) => {
    const actor = actorOf(c);
    await withdrawQuestionnaire(c.get('deps'), actor, param(c, 'id', uuidParam));
    return c.body(null, 204);
  })
  .post('/assignments/:id/comments', async (c) => {
    const actor = actorOf(c);
    const id = param(c, 'id', uuidParam);
    return c.json(await commentAnswer(c.get('deps'), actor, id, await jsonBody(c, CommentSchema)), 201);
  })
  .post('/assignments/:id/debrief', async (c) => {
    const actor = actorOf(c);
    const id = param(c, 'id', uuidParam);
    await saveDebrief(c.get('deps'), actor, id, await jsonBody(c, DebriefSchema));
    return c.body(null, 204);
  })
  .get('/assignments/:id/feedback', async (c) => {
    const actor = actorOf(c);
    return c.json(await listFeedback(c.get('deps'), actor, param(c, 'id', uuidParam)));
  })
  .post('/assignments/:id/feedback', async (c) => {
    const actor = actorOf(c);
    const id = param(c, 'id', uuidParam);
    return c.json(await inviteRespondent(c.get('deps'), actor, id, await jsonBody(c, InviteRespondentSchema)), 201);
  })
  .post('/feedback/:id/revoke', async (c) => {
    const actor = actorOf(c);
    await revokeRespondent(c.get('deps'), actor, param(c, 'id', uuidParam));
    return c.body(null, 204);
  })
  // Respondents: no account, the link is the credential.
  .get('/regard/:token', async (c) => c.json(await getRespondentForm(c.get('deps'), param(c, 'token', linkToken))))
  .post('/regard/:token', async (c) => {
    const token = param(c, 'token', linkToken);
    await answerRespondent(c.get('deps'), token, (await jsonBody(c, RespondentAnswersSchema)).answers);
    return c.body(null, 204);
  });
