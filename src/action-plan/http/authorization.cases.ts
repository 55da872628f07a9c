/** The authorisation matrix's cases for this capability's routes (run by `src/app/authorization.db.test.ts`). */
import { EVERYONE, authorizationCases, unique } from '../../../tests/support/authorization.ts';
import { ActionStepSchema } from '../contracts/schemas.ts';
import { saveActionStep } from '../use-cases/save-action-step.ts';

export const actionPlanAuthorization = authorizationCases({
  async setUp(w) {
    const actor = w.users.beneficiaryA.actor;
    const step = async (n: number) =>
      (
        await saveActionStep(
          w.deps,
          actor,
          w.bilanA,
          ActionStepSchema.parse({ horizon: 'court', what: `S’inscrire au salon ${n}` }),
        )
      ).step.id;
    // One step per person asking: each call of a delete or status case names a fresh one.
    const many = async () => {
      const ids: string[] = [];
      for (let n = 0; n < EVERYONE.length; n++) ids.push(await step(n));
      return ids;
    };
    return { stepsToDelete: await many(), stepsToMark: await many() };
  },
  cases: (w, f) => {
    const base = () => `/api/bilans/${w.bilanA}/action-plan`;
    const fresh = (ids: () => string[]) => {
      let n = 0;
      return () => ids()[Math.min(n++, ids().length - 1)]!;
    };
    const stepToDelete = fresh(() => f.stepsToDelete);
    const stepToMark = fresh(() => f.stepsToMark);
    const either = { anonymous: 401, consultantA: 200, beneficiaryA: 200, adminA: 403, adminB: 403 };
    return [
      { method: 'GET', route: '/api/bilans/:id/action-plan', path: () => base(), expect: either, otherwise: 404 },
      {
        method: 'POST',
        route: '/api/bilans/:id/action-plan/steps',
        path: () => `${base()}/steps`,
        body: () => ({ horizon: 'moyen', what: `Rencontrer un libraire ${unique()}`, funding: 'cpf' }),
        expect: either,
        otherwise: 404,
      },
      {
        method: 'POST',
        route: '/api/bilans/:id/action-plan/steps/:itemId/status',
        path: () => `${base()}/steps/${stepToMark()}/status`,
        body: () => ({ revision: 1, status: 'en_cours' }),
        expect: either,
        otherwise: 404,
      },
      {
        method: 'POST',
        route: '/api/bilans/:id/action-plan/steps/:itemId/move',
        path: () => `${base()}/steps/${f.stepsToMark[0]}/move`,
        body: () => ({ direction: 'down' }),
        expect: { ...either, consultantA: 204, beneficiaryA: 204 },
        otherwise: 404,
      },
      {
        method: 'POST',
        route: '/api/bilans/:id/action-plan/steps/:itemId/delete',
        path: () => `${base()}/steps/${stepToDelete()}/delete`,
        expect: { ...either, consultantA: 204, beneficiaryA: 204 },
        otherwise: 404,
      },
      {
        method: 'GET',
        route: '/api/bilans/:id/action-plan/export.json',
        path: () => `${base()}/export.json`,
        expect: either,
        otherwise: 404,
      },
    ];
  },
});
