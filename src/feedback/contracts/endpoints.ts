/** The routes of le regard des autres (360°): the beneficiary's invitations and the respondents' links. */
import { get, post } from '../../shared/api/endpoint.ts';
import { linkToken, uuidParam } from '../../shared/fields.ts';
import {
  InviteRespondentSchema,
  RespondentAnswersSchema,
  type FeedbackView,
  type RespondentFormView,
} from './schemas.ts';

const byId = { params: { id: uuidParam } };
const byToken = { params: { token: linkToken } };

export const feedbackEndpoints = {
  /** The invitations of a soft-skills assignment. */
  list: get('/assignments/:id/feedback', byId).returns<FeedbackView>(),
  invite: post('/assignments/:id/feedback', { ...byId, body: InviteRespondentSchema, status: 201 }).returns<{
    invitationId: string;
  }>(),
  revoke: post('/feedback/:id/revoke', byId).returnsNothing(),
  /** « Renvoyer »: a new link for the same person; the previous one stops working (decision 026). */
  resend: post('/feedback/:id/resend', byId).returnsNothing(),
  /** Respondents have no account: the link is the credential. */
  respondentForm: get('/regard/:token', { ...byToken, public: true }).returns<RespondentFormView>(),
  answer: post('/regard/:token', { ...byToken, body: RespondentAnswersSchema, public: true }).returnsNothing(),
};
