/** The authorisation matrix's cases for this capability's routes (run by `src/app/authorization.db.test.ts`). */
import { EVERYONE, authorizationCases, unique } from '../../../tests/support/authorization.ts';
import { RegisterRequestSchema } from '../contracts/schemas.ts';
import { registerPrivacyRequest } from '../use-cases/register-privacy-request.ts';

export const privacyAuthorization = authorizationCases({
  async setUp(w) {
    const today = w.deps.clock.now().toISOString().slice(0, 10);
    const request = async (n: number) =>
      (
        await registerPrivacyRequest(
          w.deps,
          w.users.adminA.actor,
          RegisterRequestSchema.parse({
            kind: 'erasure',
            subjectType: 'person',
            personName: `Camille Martin ${n}`,
            personEmail: `camille.${n}@exemple.fr`,
            receivedOn: today,
          }),
        )
      ).request.id;
    // One open request per person asking: each call that closes or extends one names a fresh one.
    const many = async () => {
      const ids: string[] = [];
      for (let n = 0; n < EVERYONE.length; n++) ids.push(await request(n));
      return ids;
    };
    return { toStart: await many(), toExtend: await many(), toAnswer: await many(), toRefuse: await many() };
  },
  cases: (w, f) => {
    const fresh = (ids: () => string[]) => {
      let n = 0;
      return () => ids()[Math.min(n++, ids().length - 1)]!;
    };
    const toStart = fresh(() => f.toStart);
    const toExtend = fresh(() => f.toExtend);
    const toAnswer = fresh(() => f.toAnswer);
    const toRefuse = fresh(() => f.toRefuse);
    const today = () => w.deps.clock.now().toISOString().slice(0, 10);
    const beneficiaries = { anonymous: 401, beneficiaryA: 200, otherBeneficiaryA: 200, beneficiaryB: 200 };
    const admins = { anonymous: 401, adminA: 200, adminB: 404 };
    return [
      {
        method: 'GET',
        route: '/api/privacy/mine',
        path: () => '/api/privacy/mine',
        expect: beneficiaries,
        otherwise: 403,
      },
      {
        method: 'POST',
        route: '/api/privacy/mine',
        path: () => '/api/privacy/mine',
        body: () => ({ kind: 'access', message: `Je voudrais une copie de mes données ${unique()}` }),
        expect: { anonymous: 401, beneficiaryA: 201, otherBeneficiaryA: 201, beneficiaryB: 201 },
        otherwise: 403,
      },
      {
        method: 'GET',
        route: '/api/privacy/requests',
        path: () => '/api/privacy/requests',
        expect: { anonymous: 401, adminA: 200, adminB: 200 },
        otherwise: 403,
      },
      {
        method: 'POST',
        route: '/api/privacy/requests',
        path: () => '/api/privacy/requests',
        body: () => ({
          kind: 'rectification',
          subjectType: 'person',
          personName: 'Dominique Petit',
          personEmail: `dominique.${unique()}@exemple.fr`,
          receivedOn: today(),
        }),
        expect: { anonymous: 401, adminA: 201, adminB: 201 },
        otherwise: 403,
      },
      {
        method: 'POST',
        route: '/api/privacy/requests/:id/start',
        path: () => `/api/privacy/requests/${toStart()}/start`,
        expect: admins,
        otherwise: 403,
      },
      {
        method: 'POST',
        route: '/api/privacy/requests/:id/extend',
        path: () => `/api/privacy/requests/${toExtend()}/extend`,
        body: () => ({ reason: 'Demande portant sur plusieurs années de dossiers.' }),
        expect: admins,
        otherwise: 403,
      },
      {
        method: 'POST',
        route: '/api/privacy/requests/:id/answer',
        path: () => `/api/privacy/requests/${toAnswer()}/answer`,
        body: () => ({ summary: 'Données effacées.', answeredOn: today() }),
        expect: admins,
        otherwise: 403,
      },
      {
        method: 'POST',
        route: '/api/privacy/requests/:id/refuse',
        path: () => `/api/privacy/requests/${toRefuse()}/refuse`,
        body: () => ({ refusalReason: 'Identité non établie malgré notre demande.', refusedOn: today() }),
        expect: admins,
        otherwise: 403,
      },
    ];
  },
});
