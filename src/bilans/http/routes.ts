/**
 * Bilans: the consultant's home and bilan page, creating a bilan, moving its phase; the
 * beneficiary's home; consent, charter, the préliminaire record, attested items and the checklist.
 */
import { bilanEndpoints as api } from '../contracts/endpoints.ts';
import { endpointRoutes, fromCache } from '../../platform/http/endpoints.ts';
import { getConsultantHome } from '../use-cases/get-consultant-home.ts';
import { createBilan } from '../use-cases/create-bilan.ts';
import { getBilan } from '../use-cases/get-bilan.ts';
import { changeBilanPhase } from '../use-cases/change-bilan-phase.ts';
import { getBeneficiaryHome } from '../use-cases/get-beneficiary-home.ts';
import { getConsent } from '../use-cases/get-consent.ts';
import { decideConsent } from '../use-cases/decide-consent.ts';
import { getCharter } from '../use-cases/get-charter.ts';
import { signCharter } from '../use-cases/sign-charter.ts';
import { getChecklist } from '../use-cases/get-checklist.ts';
import { savePhaseRecord } from '../use-cases/save-phase-record.ts';
import { attestItem } from '../use-cases/attest-item.ts';
import { reassignBilan } from '../use-cases/reassign-bilan.ts';

export const bilanRoutes = endpointRoutes()
  .on(api.consultantHome, async ({ deps, actor }) => fromCache(await getConsultantHome(deps, actor())))
  .on(api.create, ({ deps, actor, body }) => createBilan(deps, actor(), body))
  .on(api.get, async ({ deps, actor, params }) => ({ bilan: await getBilan(deps, actor(), params.id) }))
  .on(api.changePhase, ({ deps, actor, params, body }) => changeBilanPhase(deps, actor(), params.id, body))
  .on(api.mine, ({ deps, actor }) => getBeneficiaryHome(deps, actor()))
  .on(api.consent, ({ deps, actor, params }) => getConsent(deps, actor(), params.id))
  .on(api.decideConsent, ({ deps, actor, params, body }) => decideConsent(deps, actor(), params.id, body))
  .on(api.charter, ({ deps, actor, params }) => getCharter(deps, actor(), params.id))
  .on(api.signCharter, ({ deps, actor, params, body }) => signCharter(deps, actor(), params.id, body))
  .on(api.checklist, ({ deps, actor, params }) => getChecklist(deps, actor(), params.id))
  .on(api.savePreliminaire, ({ deps, actor, params, body }) => savePhaseRecord(deps, actor(), params.id, body))
  .on(api.reassign, ({ deps, actor, params, body }) => reassignBilan(deps, actor(), params.id, body))
  .on(api.attest, ({ deps, actor, params, body }) => attestItem(deps, actor(), params.id, body)).app;
