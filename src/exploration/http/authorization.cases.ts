/** The authorisation matrix's cases for this capability's routes (run by `src/app/authorization.db.test.ts`). */
import { EVERYONE, authorizationCases, unique } from '../../../tests/support/authorization.ts';
import { EnqueteSchema, PisteSchema, TrainingNeedSchema } from '../contracts/schemas.ts';
import { saveEnquete } from '../use-cases/save-enquete.ts';
import { savePiste } from '../use-cases/save-piste.ts';
import { saveTrainingNeed } from '../use-cases/save-training-need.ts';

const PISTE = { kind: 'free_project', title: 'Ouvrir une librairie' };

export const explorationAuthorization = authorizationCases({
  async setUp(w) {
    const actor = w.users.beneficiaryA.actor;
    const piste = async (title: string) =>
      (await savePiste(w.deps, actor, w.bilanA, PisteSchema.parse({ ...PISTE, title }))).piste.id;
    const pisteA = await piste('Libraire indépendante');
    const enquete = async () =>
      (
        await saveEnquete(
          w.deps,
          actor,
          w.bilanA,
          EnqueteSchema.parse({ pisteId: pisteA, kind: 'interview', contactName: 'Mme Roux' }),
        )
      ).enquete.id;
    const trainingNeed = async () =>
      (
        await saveTrainingNeed(
          w.deps,
          actor,
          w.bilanA,
          TrainingNeedSchema.parse({ pisteId: pisteA, content: 'Gestion d’un commerce' }),
        )
      ).trainingNeed.id;
    // One item to delete per person asking: each call of a delete case names a fresh one.
    const many = async (make: (n: number) => Promise<string>) => {
      const ids: string[] = [];
      for (let n = 0; n < EVERYONE.length; n++) ids.push(await make(n));
      return ids;
    };
    return {
      pisteA,
      enqueteToDebrief: await enquete(),
      pistesToDelete: await many((n) => piste(`Piste ${n}`)),
      enquetesToDelete: await many(() => enquete()),
      trainingNeedsToDelete: await many(() => trainingNeed()),
    };
  },
  cases: (w, f) => {
    const base = () => `/api/bilans/${w.bilanA}/exploration`;
    const fresh = (ids: () => string[]) => {
      let n = 0;
      return () => ids()[Math.min(n++, ids().length - 1)]!;
    };
    const pisteToDelete = fresh(() => f.pistesToDelete);
    const enqueteToDelete = fresh(() => f.enquetesToDelete);
    const trainingNeedToDelete = fresh(() => f.trainingNeedsToDelete);
    const either = { anonymous: 401, consultantA: 200, beneficiaryA: 200, adminA: 403, adminB: 403 };
    const eitherWrites = (status: number) => ({ ...either, consultantA: status, beneficiaryA: status });
    // The consultant's: every other role is refused by its role first.
    const consultant = {
      anonymous: 401,
      consultantA: 200,
      beneficiaryA: 403,
      otherBeneficiaryA: 403,
      beneficiaryB: 403,
      adminA: 403,
      adminB: 403,
    };
    return [
      { method: 'GET', route: '/api/bilans/:id/exploration', path: () => base(), expect: either, otherwise: 404 },
      {
        method: 'GET',
        route: '/api/bilans/:id/exploration/suggestions',
        path: () => `${base()}/suggestions`,
        expect: either,
        otherwise: 404,
      },
      {
        method: 'POST',
        route: '/api/bilans/:id/exploration/pistes',
        path: () => `${base()}/pistes`,
        body: () => ({ ...PISTE, title: `Projet ${unique()}` }),
        expect: either,
        otherwise: 404,
      },
      {
        method: 'POST',
        route: '/api/bilans/:id/exploration/pistes/:itemId/delete',
        path: () => `${base()}/pistes/${pisteToDelete()}/delete`,
        expect: eitherWrites(204),
        otherwise: 404,
      },
      {
        method: 'GET',
        route: '/api/bilans/:id/exploration/pistes/:itemId/guide',
        path: () => `${base()}/pistes/${f.pisteA}/guide`,
        expect: either,
        otherwise: 404,
      },
      {
        method: 'POST',
        route: '/api/bilans/:id/exploration/training-needs',
        path: () => `${base()}/training-needs`,
        body: () => ({ pisteId: f.pisteA, content: `Formation ${unique()}`, funding: 'cpf' }),
        expect: either,
        otherwise: 404,
      },
      {
        method: 'POST',
        route: '/api/bilans/:id/exploration/training-needs/:itemId/delete',
        path: () => `${base()}/training-needs/${trainingNeedToDelete()}/delete`,
        expect: eitherWrites(204),
        otherwise: 404,
      },
      {
        method: 'POST',
        route: '/api/bilans/:id/exploration/enquetes',
        path: () => `${base()}/enquetes`,
        body: () => ({ pisteId: f.pisteA, kind: 'source', sourceTitle: `Salon ${unique()}` }),
        expect: either,
        otherwise: 404,
      },
      {
        method: 'POST',
        route: '/api/bilans/:id/exploration/enquetes/:itemId/delete',
        path: () => `${base()}/enquetes/${enqueteToDelete()}/delete`,
        expect: eitherWrites(204),
        otherwise: 404,
      },
      {
        method: 'POST',
        route: '/api/bilans/:id/exploration/enquetes/:itemId/debrief',
        path: () => `${base()}/enquetes/${f.enqueteToDebrief}/debrief`,
        body: () => ({ revision: 1, confirmed: 'Le métier recrute.', effect: 'strengthens' }),
        expect: consultant,
        otherwise: 404,
      },
      {
        method: 'POST',
        route: '/api/bilans/:id/exploration/set-aside',
        path: () => `${base()}/set-aside`,
        body: () => ({ codeRome: 'M1607', reason: null }),
        expect: consultant,
        otherwise: 404,
      },
      {
        method: 'GET',
        route: '/api/bilans/:id/exploration/export.json',
        path: () => `${base()}/export.json`,
        expect: either,
        otherwise: 404,
      },
    ];
  },
});
