/** The authorisation matrix's cases for this capability's routes (run by `src/app/authorization.db.test.ts`). */
import { authorizationCases } from '../../../tests/support/authorization.ts';
import { inviteConsultant } from '../../accounts/use-cases/invitations/invite-consultant.ts';

export const emailAuthorization = authorizationCases({
  // A consultant's invitation in organisation A: a message carrying a personal link.
  async setUp(w) {
    await inviteConsultant(w.deps, w.A.admin.actor, {
      firstName: 'Oscar',
      lastName: 'Courriel',
      email: 'oscar.courriel@exemple.fr',
    });
    const message = await w.deps.db
      .selectFrom('outbox_emails')
      .select('id')
      .where('to_address', '=', 'oscar.courriel@exemple.fr')
      .executeTakeFirstOrThrow();
    return { messageA: message.id };
  },
  cases: (_w, f) => [
    {
      method: 'GET',
      route: '/api/admin/outbox',
      path: () => '/api/admin/outbox',
      expect: { anonymous: 401, adminA: 200, adminB: 200 },
      otherwise: 403,
    },
    {
      method: 'GET',
      route: '/api/admin/outbox/:id',
      path: () => `/api/admin/outbox/${f.messageA}`,
      expect: { anonymous: 401, adminA: 200, adminB: 404 },
      otherwise: 403,
    },
    {
      method: 'GET',
      route: '/api/admin/email-delivery',
      path: () => '/api/admin/email-delivery',
      expect: { anonymous: 401, adminA: 200, adminB: 200 },
      otherwise: 403,
    },
  ],
});
