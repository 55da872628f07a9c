/** The bilan's lifecycle (issue 15, decision 046): thin handlers, one use case each. */
import { endpointRoutes } from '../../platform/http/endpoints.ts';
import { lifecycleEndpoints as e } from '../contracts/endpoints.ts';
import { exportDestructionCertificate } from '../use-cases/export-destruction-certificate.ts';
import { getBilanLifecycle } from '../use-cases/get-bilan-lifecycle.ts';
import { signRetentionAgreement } from '../use-cases/sign-retention-agreement.ts';
import { withdrawRetentionAgreement } from '../use-cases/withdraw-retention-agreement.ts';

export const lifecycleRoutes = endpointRoutes()
  .on(e.get, ({ deps, actor, params }) => getBilanLifecycle(deps, actor(), params.id))
  .on(e.certificatePdf, ({ deps, actor, params }) => exportDestructionCertificate(deps, actor(), params.id))
  .on(e.signAgreement, ({ deps, actor, params, body }) => signRetentionAgreement(deps, actor(), params.id, body))
  .on(e.withdrawAgreement, ({ deps, actor, params }) =>
    withdrawRetentionAgreement(deps, actor(), params.id, params.itemId),
  ).app;
