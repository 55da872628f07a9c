/**
 * The endpoints of GDPR requests (decision 048). The beneficiary asks and follows their own
 * requests (« Mes droits »); the admin keeps the organisation's register: registers a request
 * received otherwise, takes it in hand, extends its deadline, answers or refuses it. Consultants
 * reach none of them (403); another organisation's request is not found (404).
 */
import { get, post } from '../../shared/api/endpoint.ts';
import { uuidParam } from '../../shared/fields.ts';
import {
  AnswerRequestSchema,
  AskRequestSchema,
  ExtendRequestSchema,
  RefuseRequestSchema,
  RegisterRequestSchema,
  type MyRequestView,
  type MyRequestsView,
  type RegisterView,
  type RequestView,
} from './schemas.ts';

const id = { id: uuidParam };

export const privacyEndpoints = {
  mine: get('/privacy/mine').returns<MyRequestsView>(),
  ask: post('/privacy/mine', { body: AskRequestSchema, status: 201 }).returns<{ request: MyRequestView }>(),
  register: get('/privacy/requests').returns<RegisterView>(),
  create: post('/privacy/requests', { body: RegisterRequestSchema, status: 201 }).returns<{ request: RequestView }>(),
  start: post('/privacy/requests/:id/start', { params: id }).returns<{ request: RequestView }>(),
  extend: post('/privacy/requests/:id/extend', { params: id, body: ExtendRequestSchema }).returns<{
    request: RequestView;
  }>(),
  answer: post('/privacy/requests/:id/answer', { params: id, body: AnswerRequestSchema }).returns<{
    request: RequestView;
  }>(),
  refuse: post('/privacy/requests/:id/refuse', { params: id, body: RefuseRequestSchema }).returns<{
    request: RequestView;
  }>(),
} as const;
