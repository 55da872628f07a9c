/**
 * Set-up, sign-in, sign-out, password reset, invitations (public endpoints and the session).
 */
import { Hono } from 'hono';
import {
  AcceptInvitationSchema,
  LoginInputSchema,
  PasswordResetConfirmSchema,
  PasswordResetRequestSchema,
  SetupInputSchema,
} from '../contracts/schemas.ts';
import { linkToken } from '../../shared/fields.ts';
import { AppError } from '../../shared/errors.ts';
import { isSetupRequired, setupOrganisation } from '../use-cases/setup-organisation.ts';
import { login } from '../use-cases/login.ts';
import { logout } from '../use-cases/logout.ts';
import { requestPasswordReset, resetPassword } from '../use-cases/password-reset.ts';
import { acceptInvitation, getInvitation } from '../use-cases/invitations.ts';
import { actorOf, type Env } from '../../platform/http/context.ts';
import { jsonBody } from '../../platform/http/validate.ts';
import { clearSessionCookie, writeSessionCookie } from '../../platform/http/session-cookie.ts';

function invitationToken(raw: string): string {
  const parsed = linkToken.safeParse(raw);
  if (!parsed.success) throw new AppError('invitation_invalid');
  return parsed.data;
}

export const authRoutes = new Hono<Env>()
  .get('/setup', async (c) => c.json({ required: await isSetupRequired(c.get('deps')) }))
  .post('/setup', async (c) => {
    const input = await jsonBody(c, SetupInputSchema);
    const { token, user } = await setupOrganisation(c.get('deps'), c.get('origin'), input);
    writeSessionCookie(c, token);
    return c.json({ user }, 201);
  })
  .get('/session', (c) => c.json({ user: c.get('session')?.user ?? null }))
  .post('/auth/login', async (c) => {
    const input = await jsonBody(c, LoginInputSchema);
    const { token, user } = await login(c.get('deps'), c.get('origin'), input);
    writeSessionCookie(c, token);
    return c.json({ user });
  })
  .post('/auth/logout', async (c) => {
    const token = c.get('sessionToken');
    if (c.get('session') && token) await logout(c.get('deps'), actorOf(c), token);
    clearSessionCookie(c);
    return c.body(null, 204);
  })
  .post('/auth/password-reset', async (c) => {
    const input = await jsonBody(c, PasswordResetRequestSchema);
    await requestPasswordReset(c.get('deps'), c.get('origin'), input);
    return c.json({ accepted: true }, 202);
  })
  .post('/auth/password-reset/confirm', async (c) => {
    const input = await jsonBody(c, PasswordResetConfirmSchema);
    if (!linkToken.safeParse(input.token).success) throw new AppError('reset_invalid');
    const { token, user } = await resetPassword(c.get('deps'), c.get('origin'), input);
    writeSessionCookie(c, token);
    return c.json({ user });
  })
  .get('/invitations/:token', async (c) => {
    return c.json({ invitation: await getInvitation(c.get('deps'), invitationToken(c.req.param('token'))) });
  })
  .post('/invitations/:token/accept', async (c) => {
    const token = invitationToken(c.req.param('token'));
    const input = await jsonBody(c, AcceptInvitationSchema);
    const result = await acceptInvitation(c.get('deps'), c.get('origin'), token, input);
    writeSessionCookie(c, result.token);
    return c.json({ user: result.user });
  });
