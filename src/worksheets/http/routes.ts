/** The consultant's worksheet library and editor (decision 019): models, own worksheets, previews. */
import { endpointRoutes } from '../../platform/http/endpoints.ts';
import { worksheetEndpoints as e } from '../contracts/endpoints.ts';
import { copyWorksheetModel } from '../use-cases/copy-worksheet-model.ts';
import { deleteLibraryWorksheet } from '../use-cases/delete-library-worksheet.ts';
import { getLibrary } from '../use-cases/get-library.ts';
import { getLibraryWorksheet } from '../use-cases/get-library-worksheet.ts';
import { getWorksheetModelDefinition } from '../use-cases/get-worksheet-model-definition.ts';
import { updateLibraryWorksheet } from '../use-cases/update-library-worksheet.ts';

export const worksheetRoutes = endpointRoutes()
  .on(e.library, ({ deps, actor }) => getLibrary(deps, actor()))
  .on(e.copyModel, ({ deps, actor, body }) => copyWorksheetModel(deps, actor(), body))
  .on(e.show, ({ deps, actor, params }) => getLibraryWorksheet(deps, actor(), params.id))
  .on(e.update, ({ deps, actor, params, body }) => updateLibraryWorksheet(deps, actor(), params.id, body))
  .on(e.model, ({ actor, params }) => getWorksheetModelDefinition(actor(), params.modelId))
  .on(e.remove, ({ deps, actor, params }) => deleteLibraryWorksheet(deps, actor(), params.id)).app;
