/**
 * The admin's pages: team (consultants), pending invitations, outbox, audit log.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { InvitePersonSchema } from '../contracts/schemas.ts';
import { uuidParam } from '../../shared/fields.ts';
import { inviteConsultant } from '../use-cases/invite-consultant.ts';
import { listConsultants } from '../use-cases/list-consultants.ts';
import { listPendingInvitations } from '../use-cases/list-invitations.ts';
import { resendInvitation, revokeInvitation } from '../use-cases/invitations.ts';
import { listOutbox } from '../../email/use-cases/list-outbox.ts';
import { listAuditEvents } from '../../audit/use-cases/list-audit-events.ts';
import { actorOf, type Env } from '../../platform/http/context.ts';
import { jsonBody, param, query } from '../../platform/http/validate.ts';

const CursorQuery = z.object({ cursor: z.string().max(100, 'Curseur de pagination invalide.').optional() });

export const adminRoutes = new Hono<Env>()
  .get('/admin/consultants', async (c) => c.json({ consultants: await listConsultants(c.get('deps'), actorOf(c)) }))
  .post('/admin/consultants', async (c) => {
    const actor = actorOf(c);
    const input = await jsonBody(c, InvitePersonSchema);
    return c.json(await inviteConsultant(c.get('deps'), actor, input), 201);
  })
  .get('/admin/invitations', async (c) =>
    c.json({ invitations: await listPendingInvitations(c.get('deps'), actorOf(c)) }),
  )
  .post('/invitations/:id/resend', async (c) => {
    const actor = actorOf(c);
    return c.json(await resendInvitation(c.get('deps'), actor, param(c, 'id', uuidParam)), 201);
  })
  .post('/invitations/:id/revoke', async (c) => {
    const actor = actorOf(c);
    await revokeInvitation(c.get('deps'), actor, param(c, 'id', uuidParam));
    return c.body(null, 204);
  })
  .get('/admin/outbox', async (c) => {
    const actor = actorOf(c);
    return c.json(await listOutbox(c.get('deps'), actor, query(c, CursorQuery).cursor));
  })
  .get('/admin/audit', async (c) => {
    const actor = actorOf(c);
    return c.json(await listAuditEvents(c.get('deps'), actor, query(c, CursorQuery).cursor));
  });
