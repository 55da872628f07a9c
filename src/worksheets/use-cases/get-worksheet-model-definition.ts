/** A built-in model in full, for the consultant to preview before copying it. */
import { getWorksheetModel } from '../domain/models/index.ts';
import type { ModelDefinitionView } from '../contracts/schemas.ts';
import { notFound, requireRole } from '../../platform/authorize.ts';
import type { Actor } from '../../platform/deps.ts';

export function getWorksheetModelDefinition(actor: Actor, modelId: string): ModelDefinitionView {
  requireRole(actor, 'consultant');
  const model = getWorksheetModel(modelId);
  if (!model) notFound();
  return { definition: model };
}
