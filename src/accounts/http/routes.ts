/**
 * The routes of accounts: set-up, sign-in, sign-out, the session, password reset, invitations and
 * the admin's team, each bound to its endpoint. Routes that open a session write its cookie.
 */
import { endpointRoutes } from '../../platform/http/endpoints.ts';
import { clearSessionCookie, writeSessionCookie } from '../../platform/http/session-cookie.ts';
import { linkToken } from '../../shared/fields.ts';
import { AppError } from '../../shared/errors.ts';
import { accountEndpoints as e } from '../contracts/endpoints.ts';
import { readSetupStatus } from '../use-cases/read-setup-status.ts';
import { setupOrganisation } from '../use-cases/setup-organisation.ts';
import { logIn } from '../use-cases/log-in.ts';
import { logOut } from '../use-cases/log-out.ts';
import { requestPasswordReset } from '../use-cases/request-password-reset.ts';
import { resetPassword } from '../use-cases/reset-password.ts';
import { sendPasswordResetLinks } from '../use-cases/send-password-reset-links.ts';
import { getInvitation } from '../use-cases/invitations/get-invitation.ts';
import { acceptInvitation } from '../use-cases/invitations/accept-invitation.ts';
import { resendInvitation } from '../use-cases/invitations/resend-invitation.ts';
import { revokeInvitation } from '../use-cases/invitations/revoke-invitation.ts';
import { listConsultants } from '../use-cases/list-consultants.ts';
import { inviteConsultant } from '../use-cases/invitations/invite-consultant.ts';
import { listPendingInvitations } from '../use-cases/invitations/list-pending-invitations.ts';

export const accountRoutes = endpointRoutes()
  .on(e.setupStatus, ({ deps }) => readSetupStatus(deps))
  .on(e.setup, async ({ deps, body }, c) => {
    const { token, user } = await setupOrganisation(deps, c.get('origin'), body);
    writeSessionCookie(c, token);
    return { user };
  })
  .on(e.session, (_input, c) => ({ user: c.get('session')?.user ?? null }))
  .on(e.login, async ({ deps, body }, c) => {
    const outcome = await logIn(deps, c.get('origin'), body);
    if (outcome.kind === 'choose_organisation') return { user: null, organisations: outcome.organisations };
    writeSessionCookie(c, outcome.token);
    return { user: outcome.user };
  })
  .on(e.logout, async ({ deps, actor }, c) => {
    const token = c.get('sessionToken');
    if (c.get('session') && token) await logOut(deps, actor(), token);
    clearSessionCookie(c);
  })
  .on(e.requestPasswordReset, async ({ deps, body }, c) => {
    await requestPasswordReset(deps, c.get('origin'), body);
    // The link is made after the answer, so that the answer takes the same time for every address.
    setTimeout(() => {
      sendPasswordResetLinks(deps, deps.clock.now()).catch((error: unknown) =>
        deps.log.error({ err: error }, 'Envoi des liens de réinitialisation'),
      );
    }, 0);
    return { accepted: true as const };
  })
  .on(e.resetPassword, async ({ deps, body }, c) => {
    if (!linkToken.safeParse(body.token).success) throw new AppError('reset_invalid');
    const { token, user } = await resetPassword(deps, c.get('origin'), body);
    writeSessionCookie(c, token);
    return { user };
  })
  .on(e.invitation, async ({ deps, params }) => ({ invitation: await getInvitation(deps, params.token) }))
  .on(e.acceptInvitation, async ({ deps, params, body }, c) => {
    const { token, user } = await acceptInvitation(deps, c.get('origin'), params.token, body);
    writeSessionCookie(c, token);
    return { user };
  })
  .on(e.resendInvitation, ({ deps, actor, params }) => resendInvitation(deps, actor(), params.id))
  .on(e.revokeInvitation, ({ deps, actor, params }) => revokeInvitation(deps, actor(), params.id))
  .on(e.consultants, async ({ deps, actor }) => ({ consultants: await listConsultants(deps, actor()) }))
  .on(e.inviteConsultant, ({ deps, actor, body }) => inviteConsultant(deps, actor(), body))
  .on(e.pendingInvitations, async ({ deps, actor }) => ({
    invitations: await listPendingInvitations(deps, actor()),
  })).app;
