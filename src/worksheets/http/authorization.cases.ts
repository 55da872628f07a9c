/** The authorisation matrix's cases for this capability's routes (run by `src/app/authorization.db.test.ts`). */
import { authorizationCases } from '../../../tests/support/authorization.ts';
import { copyWorksheetModel } from '../use-cases/copy-worksheet-model.ts';
import { getLibraryWorksheet } from '../use-cases/get-library-worksheet.ts';

export const worksheetsAuthorization = authorizationCases({
  async setUp(w) {
    const worksheetA = (
      await copyWorksheetModel(w.deps, w.A.consultant.actor, { modelId: 'sens-du-travail', title: 'Mon cahier' })
    ).id;
    const worksheetDefinition = (await getLibraryWorksheet(w.deps, w.A.consultant.actor, worksheetA))
      .definition as unknown as Record<string, unknown>;
    const worksheetToDelete = (
      await copyWorksheetModel(w.deps, w.A.consultant.actor, {
        modelId: 'criteres-et-concessions',
        title: 'À supprimer',
      })
    ).id;
    return { worksheetA, worksheetDefinition, worksheetToDelete };
  },
  cases: (_w, f) => [
    {
      method: 'GET',
      route: '/api/worksheets',
      path: () => '/api/worksheets',
      expect: { anonymous: 401, consultantA: 200, otherConsultantA: 200, consultantB: 200 },
      otherwise: 403,
    },
    {
      method: 'POST',
      route: '/api/worksheets',
      path: () => '/api/worksheets',
      body: () => ({ modelId: 'attentes-du-bilan', title: 'Copie' }),
      expect: { anonymous: 401, consultantA: 201, otherConsultantA: 201, consultantB: 201 },
      otherwise: 403,
    },
    {
      method: 'GET',
      route: '/api/worksheets/:id',
      path: () => `/api/worksheets/${f.worksheetA}`,
      expect: { anonymous: 401, consultantA: 200, otherConsultantA: 404, consultantB: 404 },
      otherwise: 403,
    },
    {
      method: 'POST',
      route: '/api/worksheets/:id',
      path: () => `/api/worksheets/${f.worksheetA}`,
      body: () => ({ version: 1, definition: f.worksheetDefinition }),
      expect: { anonymous: 401, consultantA: 200, otherConsultantA: 404, consultantB: 404 },
      otherwise: 403,
    },
    {
      method: 'GET',
      route: '/api/worksheets/models/:modelId',
      path: () => '/api/worksheets/models/histoire-professionnelle',
      expect: { anonymous: 401, consultantA: 200, otherConsultantA: 200, consultantB: 200 },
      otherwise: 403,
    },
    {
      method: 'POST',
      route: '/api/worksheets/:id/delete',
      path: () => `/api/worksheets/${f.worksheetToDelete}/delete`,
      expect: { anonymous: 401, consultantA: 204, otherConsultantA: 404, consultantB: 404 },
      otherwise: 403,
    },
  ],
});
