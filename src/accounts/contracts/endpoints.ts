/**
 * The endpoints of accounts (decision 021): set-up, sign-in and sign-out, the session, password
 * reset, invitations (their links, and the admin's and consultant's actions on them) and the
 * admin's team. Public: everything a person does before having a session, and sign-out.
 */
import { get, post } from '../../shared/api/endpoint.ts';
import { linkToken, uuidParam } from '../../shared/fields.ts';
import {
  AcceptInvitationSchema,
  InvitePersonSchema,
  LoginInputSchema,
  PasswordResetConfirmSchema,
  PasswordResetRequestSchema,
  SetupInputSchema,
  type ConsultantView,
  type InvitationView,
  type LoginResult,
  type PendingInvitationView,
  type SessionUser,
} from './schemas.ts';

export const accountEndpoints = {
  setupStatus: get('/setup', { public: true }).returns<{ required: boolean }>(),
  setup: post('/setup', { body: SetupInputSchema, status: 201, public: true }).returns<{ user: SessionUser }>(),
  /** The signed-in person, or null. */
  session: get('/session', { public: true }).returns<{ user: SessionUser | null }>(),
  /** Signs in, or lists the organisations to choose from (decision 027); the cookie only when signed in. */
  login: post('/auth/login', { body: LoginInputSchema, public: true }).returns<LoginResult>(),
  /** Ends the session if there is one; always 204. */
  logout: post('/auth/logout', { public: true }).returnsNothing(),
  requestPasswordReset: post('/auth/password-reset', {
    body: PasswordResetRequestSchema,
    status: 202,
    public: true,
  }).returns<{ accepted: true }>(),
  resetPassword: post('/auth/password-reset/confirm', { body: PasswordResetConfirmSchema, public: true }).returns<{
    user: SessionUser;
  }>(),
  invitation: get('/invitations/:token', {
    params: { token: linkToken },
    paramError: 'invitation_invalid',
    public: true,
  }).returns<{ invitation: InvitationView }>(),
  acceptInvitation: post('/invitations/:token/accept', {
    params: { token: linkToken },
    paramError: 'invitation_invalid',
    body: AcceptInvitationSchema,
    public: true,
  }).returns<{ user: SessionUser }>(),
  resendInvitation: post('/invitations/:id/resend', { params: { id: uuidParam }, status: 201 }).returns<{
    invitationId: string;
  }>(),
  revokeInvitation: post('/invitations/:id/revoke', { params: { id: uuidParam } }).returnsNothing(),
  consultants: get('/admin/consultants').returns<{ consultants: ConsultantView[] }>(),
  inviteConsultant: post('/admin/consultants', { body: InvitePersonSchema, status: 201 }).returns<{
    userId: string;
    invitationId: string;
  }>(),
  pendingInvitations: get('/admin/invitations').returns<{ invitations: PendingInvitationView[] }>(),
};
