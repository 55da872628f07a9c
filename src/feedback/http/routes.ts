/**
 * Le regard des autres (360°): the beneficiary invites, sends again and revokes; respondents (no account, the
 * link is the credential) read the form and answer once.
 */
import { endpointRoutes } from '../../platform/http/endpoints.ts';
import { feedbackEndpoints as e } from '../contracts/endpoints.ts';
import { answerRespondent } from '../use-cases/answer-respondent.ts';
import { getRespondentForm } from '../use-cases/get-respondent-form.ts';
import { inviteRespondent } from '../use-cases/invite-respondent.ts';
import { listFeedback } from '../use-cases/list-feedback.ts';
import { resendRespondent } from '../use-cases/resend-respondent.ts';
import { revokeRespondent } from '../use-cases/revoke-respondent.ts';

export const feedbackRoutes = endpointRoutes()
  .on(e.list, ({ deps, actor, params }) => listFeedback(deps, actor(), params.id))
  .on(e.invite, ({ deps, actor, params, body }) => inviteRespondent(deps, actor(), params.id, body))
  .on(e.revoke, ({ deps, actor, params }) => revokeRespondent(deps, actor(), params.id))
  .on(e.resend, ({ deps, actor, params }) => resendRespondent(deps, actor(), params.id))
  .on(e.respondentForm, ({ deps, params }) => getRespondentForm(deps, params.token))
  .on(e.answer, ({ deps, params, body }) => answerRespondent(deps, params.token, body.answers)).app;
