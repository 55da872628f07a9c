/** Qualiopi evidence and registers (decision 050): thin handlers, one use case each. */
import { endpointRoutes } from '../../platform/http/endpoints.ts';
import { qualityEndpoints as e } from '../contracts/endpoints.ts';
import { getPublicResults } from '../use-cases/get-public-results.ts';
import { getQualiopiEvidence } from '../use-cases/get-qualiopi-evidence.ts';
import { getQualityRegisters } from '../use-cases/get-quality-registers.ts';
import { publishResults } from '../use-cases/publish-results.ts';
import { saveComplaint } from '../use-cases/save-complaint.ts';
import { saveImprovementAction } from '../use-cases/save-improvement-action.ts';
import { submitPublicComplaint } from '../use-cases/submit-public-complaint.ts';

export const qualityRoutes = endpointRoutes()
  .on(e.evidence, ({ deps, actor, query }) => getQualiopiEvidence(deps, actor(), query))
  .on(e.registers, ({ deps, actor }) => getQualityRegisters(deps, actor()))
  .on(e.saveComplaint, ({ deps, actor, body }) => saveComplaint(deps, actor(), body))
  .on(e.saveAction, ({ deps, actor, body }) => saveImprovementAction(deps, actor(), body))
  .on(e.publishResults, ({ deps, actor, body }) => publishResults(deps, actor(), body))
  .on(e.publicResults, ({ deps, params }) => getPublicResults(deps, params.slug))
  .on(e.publicComplaint, async ({ deps, params, body }, c) => {
    await submitPublicComplaint(deps, c.get('origin'), params.slug, body);
    return { received: true } as const;
  }).app;
