/** GDPR requests (decision 048): thin handlers, one use case each. */
import { endpointRoutes } from '../../platform/http/endpoints.ts';
import { privacyEndpoints as e } from '../contracts/endpoints.ts';
import { answerPrivacyRequest } from '../use-cases/answer-privacy-request.ts';
import { askPrivacyRequest } from '../use-cases/ask-privacy-request.ts';
import { extendPrivacyRequest } from '../use-cases/extend-privacy-request.ts';
import { getPrivacyRegister } from '../use-cases/get-privacy-register.ts';
import { listMyPrivacyRequests } from '../use-cases/list-my-privacy-requests.ts';
import { refusePrivacyRequest } from '../use-cases/refuse-privacy-request.ts';
import { registerPrivacyRequest } from '../use-cases/register-privacy-request.ts';
import { startPrivacyRequest } from '../use-cases/start-privacy-request.ts';

export const privacyRoutes = endpointRoutes()
  .on(e.mine, ({ deps, actor }) => listMyPrivacyRequests(deps, actor()))
  .on(e.ask, ({ deps, actor, body }) => askPrivacyRequest(deps, actor(), body))
  .on(e.register, ({ deps, actor }) => getPrivacyRegister(deps, actor()))
  .on(e.create, ({ deps, actor, body }) => registerPrivacyRequest(deps, actor(), body))
  .on(e.start, ({ deps, actor, params }) => startPrivacyRequest(deps, actor(), params.id))
  .on(e.extend, ({ deps, actor, params, body }) => extendPrivacyRequest(deps, actor(), params.id, body))
  .on(e.answer, ({ deps, actor, params, body }) => answerPrivacyRequest(deps, actor(), params.id, body))
  .on(e.refuse, ({ deps, actor, params, body }) => refusePrivacyRequest(deps, actor(), params.id, body)).app;
