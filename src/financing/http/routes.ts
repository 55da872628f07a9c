/** Financing: the bilan's financing record and its status, and the public CPF earliest start. */
import { endpointRoutes } from '../../platform/http/endpoints.ts';
import { financingEndpoints as e } from '../contracts/endpoints.ts';
import { getCpfEarliestStart } from '../use-cases/get-cpf-earliest-start.ts';
import { getFinancing } from '../use-cases/get-financing.ts';
import { saveFinancing } from '../use-cases/save-financing.ts';
import { changeFinancingStatus } from '../use-cases/change-financing-status.ts';

export const financingRoutes = endpointRoutes()
  .on(e.cpfEarliestStart, ({ query }) => getCpfEarliestStart(query.validatedOn))
  .on(e.get, ({ deps, actor, params }) => getFinancing(deps, actor(), params.id))
  .on(e.save, ({ deps, actor, params, body }) => saveFinancing(deps, actor(), params.id, body))
  .on(e.changeStatus, ({ deps, actor, params, body }) => changeFinancingStatus(deps, actor(), params.id, body.to)).app;
